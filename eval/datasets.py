"""Evaluation inputs: our JSONL question sets and BEIR folders (corpus.jsonl, queries.jsonl, qrels.tsv)."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from corpus.documents import DocMeta, Document


@dataclass
class Query:
    qid: str
    text: str
    relevant: set[str] = field(default_factory=set)
    answerable: bool = True
    kind: str = ""
    # Of a question nothing answers, where the set labels it: "off-topic" (no record touches the topic) or
    # "detail" (a covered topic, asked a detail no record states).
    trap: str = ""


@dataclass
class Dataset:
    name: str
    queries: list[Query]
    documents: list[Document] | None = None  # None: evaluate against the shipped index
    content_hash: str = ""


@dataclass(frozen=True)
class QuestionSet:
    """A shipped question file (eval/datasets/README.md tells how each was written) and what it may be used for."""

    name: str
    role: str  # "tuning": sets thresholds; "diagnostic": measured, never tuned on; "report": blind, read only
    advisor_only: bool = False  # (nearly) all off-topic: only the full advisor's refusal is worth measuring
    about: str = ""

    @property
    def path(self) -> Path:
        return Path(str(resources.files("eval").joinpath(f"datasets/{self.name}.jsonl")))


QUESTION_SETS = (
    QuestionSet("dev", "tuning", about="236 questions, 33 off-topic: fusion weights and refusal thresholds"),
    QuestionSet("holdout", "tuning", about="written without seeing dev; with dev it places the refusal thresholds"),
    QuestionSet("calib", "tuning", True, "80 questions the corpus cannot answer, 60 of them near-domain traps"),
    QuestionSet("calib2", "tuning", True, "116 more, written blind a session later (113 off-topic over 60 topics)"),
    # No threshold refuses 95% of calib3 without refusing many real questions (docs/BENCHMARKS.md), so tuning
    # on it would only break eval.tune's constraint.
    QuestionSet("calib3", "diagnostic", True, "99, 70 of them reusing a record's words to ask what it does not say"),
    QuestionSet("calib4", "diagnostic", True, "120 written blind in the seventh session: 41 answerable, 59 tricky traps by kind"),
    QuestionSet("calib5", "diagnostic", True, "120 written blind later in the seventh session to check its rules: 50 answerable"),
    QuestionSet("calib6", "diagnostic", True, "100 written blind at the end of the seventh session: 45 answerable"),
    QuestionSet("calib7", "diagnostic", True, "100 written blind at the start of the eighth session: 46 answerable"),
    QuestionSet("calib8", "diagnostic", True, "100 written blind mid eighth session, run before and after its rules: 46 answerable"),
    QuestionSet("short", "diagnostic", about="89 search-box questions of 4-14 characters, one per record, all answerable"),
    QuestionSet("owner", "diagnostic", about="70 owners describing their business, then asking; written blind in the ninth session"),
    QuestionSet("owner2", "diagnostic", about="80 more, 30 of them asking what no record says; written blind after owner"),
    QuestionSet("owner3", "diagnostic", about="80 more, held out until the ninth session's changes were done, then run once"),
    QuestionSet("owner4", "diagnostic", about="80 more owners, with traps labelled by kind; run blind at the tenth session's start"),
    QuestionSet("staff", "diagnostic", about="60 questions of government staff checking coverage; run blind at the tenth session's start"),
    QuestionSet("mix5", "diagnostic", about="90 owners and staff, held out until the tenth session's changes were done, then run once"),
    QuestionSet("mix6", "diagnostic", about="90 owners, staff and evaluators, run blind at the eleventh session's start"),
    QuestionSet("mix7", "diagnostic", about="90 more, half the owners naming a county; run blind after the eleventh session's first fixes"),
    QuestionSet("mix8", "diagnostic", about="90 owners, staff and evaluators, 25 detail traps; run blind at the twelfth session's start"),
    QuestionSet("mix9", "diagnostic", about="90 more, 25 detail traps; run blind after the twelfth session's first rules"),
    QuestionSet("mix10", "diagnostic", about="90 more, 25 detail traps; run blind after the twelfth session's mix9 fixes"),
    QuestionSet("mix11", "diagnostic", about="90 owners and staff, 20 near-domain and 25 detail traps; run blind at the thirteenth session's start"),
    QuestionSet("mix12", "diagnostic", about="90 more, of factories, traders and staff; run blind after the thirteenth session's mix11 fixes"),
    QuestionSet("mix13", "diagnostic", about="90 more, of service trades and county staff; run blind after the mix11 and mix12 fixes"),
    QuestionSet("mix14", "diagnostic", about="90 owners, staff and evaluators; run blind on the thirteenth session's code after mix13"),
    QuestionSet("mix15", "diagnostic", about="90 county-town owners and staff; run blind on the fourteenth session's opening code"),
    QuestionSet("mix16", "diagnostic", about="90 city founders, accountants and officials; held back, run blind after mix15/mix17's fixes"),
    QuestionSet("mix17", "diagnostic", about="90 makers, traders and evaluators, 30 near-domain; run blind on the opening code"),
    QuestionSet("mix18", "diagnostic", about="90 owners across China, staff and evaluators; held back, run blind after mix15/mix17's fixes"),
    QuestionSet("mix19", "diagnostic", about="90 heirs of family firms, bookkeepers and street staff; run blind near the fourteenth session's end, before its last fixes"),
    QuestionSet("mix20", "diagnostic", about="90 founders on phones, provincial officials and evaluators, 30 near-domain; run blind with mix19"),
    QuestionSet("mix21", "diagnostic", about="89 owners, staff and evaluators, 20 near-domain, 24 detail traps; run blind, then read"),
    QuestionSet("mix22", "diagnostic", about="89 owners, staff and evaluators, 29 near-domain, 20 detail traps; run blind, then read"),
    QuestionSet("mix23", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 20 detail traps; held back, run blind after mix21/22's fixes"),
    QuestionSet("mix24", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 24 detail traps; held back, run blind after mix21/22's fixes"),
    QuestionSet("mix25", "diagnostic", about="89 owners, staff and evaluators, 20 near-domain, 25 detail traps; run blind after mix21–24's fixes, then read"),
    QuestionSet("mix26", "diagnostic", about="89 owners, staff and evaluators, 30 near-domain, 20 detail traps; run blind after mix21–24's fixes, then read"),
    QuestionSet("mix27", "diagnostic", about="88 owners, staff and evaluators, 25 near-domain, 19 detail traps; held back, run blind after mix21–26's fixes"),
    QuestionSet("mix28", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 24 detail traps; held back, run blind after mix21–26's fixes"),
    QuestionSet("mix29", "diagnostic", about="88 owners, staff and evaluators, 24 near-domain, 19 detail traps; held back, run blind after mix21–28's fixes"),
    QuestionSet("mix30", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 24 detail traps; held back, run blind after mix21–28's fixes"),
    QuestionSet("mix31", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; held back to the end, run blind, then read (one last round of fixes followed)"),
    QuestionSet("mix32", "diagnostic", about="89 owners, staff and evaluators, 29 near-domain, 20 detail traps; held back to the end, run blind, then read (one last round of fixes followed)"),
    QuestionSet("mix33", "diagnostic", about="87 owners, staff and evaluators, 19 near-domain, 25 detail traps; run blind on the opening code, then read"),
    QuestionSet("mix34", "diagnostic", about="87 owners, staff and evaluators, 30 near-domain, 19 detail traps; run blind on the opening code, then read"),
    QuestionSet("mix35", "diagnostic", about="90 owners, staff and evaluators, 25 near-domain, 20 detail traps; run blind on the opening code, then read"),
    QuestionSet("mix36", "diagnostic", about="87 owners, staff and evaluators, 24 near-domain, 25 detail traps; run blind on the opening code, then read"),
    QuestionSet("mix37", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; held back, run blind after mix33–36's fixes, then read"),
    QuestionSet("mix38", "diagnostic", about="88 owners, staff and evaluators, 24 near-domain, 25 detail traps; held back, run blind after mix33–36's fixes, then read"),
    QuestionSet("mix39", "diagnostic", about="90 owners, staff and evaluators, 25 near-domain, 20 detail traps; held back, run blind after mix33–36's fixes, then read"),
    QuestionSet("mix40", "diagnostic", about="90 owners, staff and evaluators, 30 near-domain, 20 detail traps; held back, run blind after mix33–36's fixes, then read"),
    QuestionSet("mix41", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 20 detail traps; held back, run blind after mix33–40's fixes, then read (one last round of fixes followed)"),
    QuestionSet("mix42", "diagnostic", about="89 owners, staff and evaluators, 25 near-domain, 25 detail traps; held back, run blind after mix33–40's fixes, then read (one last round of fixes followed)"),
    QuestionSet("mix43", "diagnostic", about="88 owners, staff and evaluators, 20 near-domain, 23 detail traps; held back, run blind after mix33–40's fixes, then read (one last round of fixes followed)"),
    QuestionSet("mix44", "diagnostic", about="87 owners, staff and evaluators, 30 near-domain, 17 detail traps; held back, run blind after mix33–40's fixes, then read (one last round of fixes followed)"),
    QuestionSet("mix45", "diagnostic", about="84 owners, staff and evaluators, 17 near-domain, 23 detail traps; run blind on the sixteenth session's final code, not read"),
    QuestionSet("mix46", "diagnostic", about="90 owners, staff and evaluators, 25 near-domain, 25 detail traps; run blind on the sixteenth session's final code, not read"),
    QuestionSet("mix47", "diagnostic", about="86 owners, staff and evaluators, 23 near-domain, 19 detail traps; run blind on the sixteenth session's final code, not read"),
    QuestionSet("mix48", "diagnostic", about="89 owners, staff and evaluators, 30 near-domain, 20 detail traps; run blind on the sixteenth session's final code, not read"),
    QuestionSet("mix49", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; run blind on the seventeenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix50", "diagnostic", about="88 owners, staff and evaluators, 19 near-domain, 25 detail traps; run blind on the seventeenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix51", "diagnostic", about="86 owners, staff and evaluators, 20 near-domain, 24 detail traps; run blind on the seventeenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix52", "diagnostic", about="87 owners, staff and evaluators, 19 near-domain, 25 detail traps; run blind on the seventeenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix53", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; held back, run blind on the seventeenth session's opening and final code, read in the eighteenth"),
    QuestionSet("mix54", "diagnostic", about="88 owners, staff and evaluators, 19 near-domain, 25 detail traps; held back, run blind on the seventeenth session's opening and final code, read in the eighteenth"),
    QuestionSet("mix55", "diagnostic", about="89 owners, staff and evaluators, 20 near-domain, 24 detail traps; run blind on the eighteenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix56", "diagnostic", about="89 owners, staff and evaluators, 20 near-domain, 25 detail traps; run blind on the eighteenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix57", "diagnostic", about="86 owners, staff and evaluators, 18 near-domain, 25 detail traps; run blind on the eighteenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix58", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; run blind on the eighteenth session's opening code, then read (fixes followed)"),
    QuestionSet("mix59", "diagnostic", about="89 owners, staff and evaluators, 20 near-domain, 25 detail traps; held back, run blind on the eighteenth session's opening and final code, read in the nineteenth"),
    QuestionSet("mix60", "diagnostic", about="90 owners, staff and evaluators, 20 near-domain, 25 detail traps; held back, run blind on the eighteenth session's opening and final code, read in the nineteenth"),
    QuestionSet("mix61", "diagnostic", about="84 owners in retail, catering and services, many very short; 19 near-domain, 23 detail traps; run blind on the nineteenth session's opening code"),
    QuestionSet("mix62", "diagnostic", about="88 manufacturing owners, long situations and yes/no questions; 20 near-domain, 24 detail traps; run blind on the nineteenth session's opening code"),
    QuestionSet("mix63", "diagnostic", about="85 staff, evaluators and owners, comparisons, dates and issuers; 18 near-domain, 22 detail traps; run blind on the nineteenth session's opening code"),
    QuestionSet("mix64", "diagnostic", about="89 agriculture, rural e-commerce, cross-border and live-streaming askers in dialect; 20 near-domain, 25 detail traps; held back, run blind on the nineteenth session's opening and final code, not read"),
    QuestionSet("mix65", "diagnostic", about="90 SaaS, financing and tax questions with English words; 20 near-domain, 25 detail traps; held back, run blind on the nineteenth session's opening and final code, not read"),
    QuestionSet("mix66", "diagnostic", about="87 mixed askers, traps on conditions and near-stated figures; 18 near-domain, 24 detail traps; run blind on the nineteenth session's opening code"),
    QuestionSet("mix67", "diagnostic", about="86 questions, many from government staff on coverage, issuers, 文号 and expiry; 19 near-domain, 22 detail traps; run blind on the twentieth session's opening code"),
    QuestionSet("mix68", "diagnostic", about="89 long rambling messages from restaurant, retail and service-shop owners; 19 near-domain, 25 detail traps; run blind on the twentieth session's opening code"),
    QuestionSet("mix69", "diagnostic", about="89 factory owners' questions, many yes/no; 20 near-domain, 25 detail traps; run blind on the twentieth session's opening code"),
    QuestionSet("mix70", "diagnostic", about="86 questions, half in Cantonese, Sichuanese, northeastern or Shanghainese-flavoured writing; 18 near-domain, 23 detail traps; held back, run blind on the twentieth session's opening and final code, not read"),
    QuestionSet("mix71", "diagnostic", about="89 evaluators' and researchers' questions on figures, changes and comparisons; 20 near-domain, 24 detail traps; run blind on the twentieth session's opening code"),
    QuestionSet("mix72", "diagnostic", about="90 questions from cross-border and e-commerce sellers on loans, tax and SaaS prices; 20 near-domain, 25 detail traps; held back, run blind on the twentieth session's opening and final code, read in the twenty-first"),
    QuestionSet("mix73", "diagnostic", about="87 restaurant and small-shop owners' questions, many under 15 characters; 20 near-domain, 25 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix74", "diagnostic", about="87 government staff's coverage checks (industries, regions, sizes, dates, issuers); 18 near-domain, 25 detail traps; held back, run blind on the twenty-first session's opening and final code, not read"),
    QuestionSet("mix75", "diagnostic", about="88 questions, over half yes/no in every kind; 20 near-domain, 23 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix76", "diagnostic", about="90 online sellers' questions mixing English, abbreviations, pinyin and slang; 20 near-domain, 25 detail traps; held back, run blind on the twenty-first session's opening and final code, not read"),
    QuestionSet("mix77", "diagnostic", about="88 evaluators' figures, years and comparisons, numbers written many ways; 20 near-domain, 24 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix78", "diagnostic", about="89 factory owners describing their firm at length before asking; 20 near-domain, 25 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix79", "diagnostic", about="87 owners' questions on peer cases and which tool fits their shop; 19 near-domain, 25 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix80", "diagnostic", about="88 questions on whether a policy is in force, which version replaced which and what changed; 20 near-domain, 25 detail traps; run blind on the twenty-first session's opening code"),
    QuestionSet("mix81", "diagnostic", about="89 restaurant, tea-shop and small retail owners' questions, many yes/no; 20 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix82", "diagnostic", about="87 government staff questions on coverage, offices, implementation and supervision; 19 near-domain, 24 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix83", "diagnostic", about="90 cross-border and online sellers' questions with English words and internet slang; 20 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix84", "diagnostic", about="88 factory owners' questions with numbers in Chinese words and homophone typos; 20 near-domain, 23 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix85", "diagnostic", about="86 evaluators' questions on 文号, issuers, dates, replacements and statistics; 18 near-domain, 23 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix86", "diagnostic", about="83 questions on peer cases and SaaS tool categories (results, vendors, prices); 16 near-domain, 24 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix87", "diagnostic", about="85 questions at the length extremes: telegraphic keywords or 80+ characters of context; 20 near-domain, 23 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix88", "diagnostic", about="90 dialect questions (Cantonese, Sichuanese, Northeastern) on whether a document is in force or replaced; 20 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix89", "diagnostic", about="90 multi-part questions (a figure with a yes/no, a date with where to apply); 20 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix90", "diagnostic", about="87 service-sector and rural owners on 划型, loans, tax relief and which tool fits; 20 near-domain, 23 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix91", "diagnostic", about="88 compliance questions on laws and duties; 19 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix92", "diagnostic", about="90 polite, indirect questions and rumours to confirm or deny; 20 near-domain, 25 detail traps; run blind on the twenty-second session's opening code"),
    QuestionSet("mix93", "diagnostic", about="89 owners of small manufacturing and processing firms on digitalisation support, 专精特新 and financing, often with their own figures; 19 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix94", "diagnostic", about="89 county and city government staff checking coverage, expiry, issuers, replacements and supervision; 20 near-domain, 24 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix95", "diagnostic", about="90 online and retail shop owners in short chat-style messages with typos, pinyin and English abbreviations; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix96", "diagnostic", about="86 evaluators' precise facts (文号, issuers, dates, article counts, figures and their years), traps on adjacent figures; 19 near-domain, 23 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix97", "diagnostic", about="90 owners on peer cases: what a peer did, how it turned out, which platform, where, whether to copy it; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix98", "diagnostic", about="90 owners choosing SaaS tool categories: fit, charging, cautions, links; traps on vendors, prices and features; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix99", "diagnostic", about="88 owners describing their firm and asking its size class, which policies fit and whether it qualifies; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix100", "diagnostic", about="90 older owners using voice input (homophones, run-ons, fillers) and rumours to confirm or deny; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix101", "diagnostic", about="88 restaurant, homestay and beauty-salon owners on tools, support and peers; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix102", "diagnostic", about="90 farmers, cooperatives and rural sellers on loans, channels, traceability, tax relief and peers; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix103", "diagnostic", about="88 compliance scenarios: customer data, late payments, online shop duties, data exports; 20 near-domain, 24 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix104", "diagnostic", about="90 evaluators comparing two documents or versions: what changed, which is stricter, which is in force; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix105", "diagnostic", about="90 askers in a named province or city on local rules, support and peers; traps on another place's figures; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix106", "diagnostic", about="90 numbers in many formats (1.5w, 5k, 30%+, 三成, 两百来万) in tax, size-class and subsidy questions; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix107", "diagnostic", about="90 long questions with background and two or three separate asks; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix108", "diagnostic", about="88 statistics, survey figures and programme targets; traps on breakdowns, samples and methods; 20 near-domain, 25 detail traps; run blind on the twenty-third session's opening code"),
    QuestionSet("mix109", "diagnostic", about="89 askers of every kind asking naturally; 20 near-domain, 24 detail traps; run blind on the twenty-third session's final code, read in the twenty-fourth"),
    QuestionSet("mix110", "diagnostic", about="88 wholesale, logistics, printing and repair-shop owners on tools, financing, tax relief and late payment; 20 near-domain, 23 detail traps; run blind on the twenty-third session's final code, read in the twenty-fourth"),
    QuestionSet("mix111", "diagnostic", about="90 questions quoting something read in a policy and asking what it means, whether it holds, or a detail around it; 20 near-domain, 25 detail traps; run blind on the twenty-third session's final code, read in the twenty-fourth"),
    QuestionSet("mix112", "diagnostic", about="86 young founders on SaaS, AI, data, platforms and cross-border trade, some half in English; 20 near-domain, 21 detail traps; run blind on the twenty-third session's final code, read in the twenty-fourth"),
    QuestionSet("mix113", "diagnostic", about="89 restaurant and food-shop owners typing fast, telling their situation before asking; traps asking two things of which the records answer one; 20 near-domain, 25 detail traps; run blind on the twenty-fourth session's opening code"),
    QuestionSet("mix114", "diagnostic", about="89 government staff checking coverage, deadlines, issuers and reach; traps on province- or city-level figures where the records give national ones; 20 near-domain, 25 detail traps; run blind on the twenty-fourth session's opening code, held back then and read in the twenty-fifth"),
    QuestionSet("mix115", "diagnostic", about="88 factory owners on MES/ERP, cloud, equipment and peer cases; traps on a tool's features, vendors and what a case spent; 20 near-domain, 23 detail traps; run blind on the twenty-fourth session's opening code"),
    QuestionSet("mix116", "diagnostic", about="90 cross-border and online sellers, livestreaming and rural e-commerce, with dialect and typing slips; 20 near-domain, 25 detail traps; run blind on the twenty-fourth session's opening code, held back then and read in the twenty-fifth"),
    QuestionSet("mix117", "diagnostic", about="87 evaluators probing 文号, dates, issuers, status, successors and size thresholds; traps on article numbers, pages and precise dates; 20 near-domain, 24 detail traps; run blind on the twenty-fourth session's opening code"),
    QuestionSet("mix118", "diagnostic", about="90 owners on tax relief, loans, guarantees, subsidies and rates in everyday words; traps confirming a heard figure or asking one for a firm size, year or place; 20 near-domain, 25 detail traps; run blind on the twenty-fourth session's opening code, held back then and read in the twenty-fifth"),
    QuestionSet("mix119", "diagnostic", about="89 service businesses (beauty, homestays, gyms, training, logistics, car repair) on tools, cases and where cases happened; 20 near-domain, 25 detail traps; run blind on the twenty-fourth session's opening code"),
    QuestionSet("mix120", "diagnostic", about="86 very short and very long questions; statistics asked by every persona; traps on other years, breakdowns and rankings; 20 near-domain, 24 detail traps; run blind on the twenty-fourth session's opening code, held back then and read in the twenty-fifth"),
    QuestionSet("mix121", "diagnostic", about="90 owners typing fast on a phone, with typos and pinyin abbreviations; traps on exact sums, shares and caps; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code"),
    QuestionSet("mix122", "diagnostic", about="85 government staff checking coverage, expiry and issuers; traps on offices, application materials and procedure steps; 20 near-domain, 23 detail traps; run blind on the twenty-fifth session's opening code, read in the twenty-sixth session"),
    QuestionSet("mix123", "diagnostic", about="89 peer case studies: what a named firm did, where, with what result; traps on a case's spending, staff, vendor, founder and later years; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code"),
    QuestionSet("mix124", "diagnostic", about="90 SaaS tool categories for shops; traps on prices, free tiers, named integrations, data export and vendor comparisons; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code, read in the twenty-sixth session"),
    QuestionSet("mix125", "diagnostic", about="89 two-part questions chained with 还有/另外/顺便问下, and size classes with concrete numbers; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code"),
    QuestionSet("mix126", "diagnostic", about="87 laws and regulations: duties, penalties, small firms' rights, payment terms; traps on exact fines, article numbers and effective dates; 20 near-domain, 23 detail traps; run blind on the twenty-fifth session's opening code, read in the twenty-sixth session"),
    QuestionSet("mix127", "diagnostic", about="90 places the asker names (province, city, county): local policies, cases there, statistics; traps on local figures and offices; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code"),
    QuestionSet("mix128", "diagnostic", about="90 evaluators and sceptics: comparisons, yes/no checks, statistics; traps with plausible wrong premises or uncovered years; 20 near-domain, 25 detail traps; run blind on the twenty-fifth session's opening code, read in the twenty-sixth session"),
    QuestionSet("mix129", "diagnostic", about="90 small manufacturers on MES/ERP/进销存, peer factories and upgrade subsidies; traps asking a figure the record gives only for a neighbouring thing; 20 near-domain, 25 detail traps; run blind mid-session on e61990d"),
    QuestionSet("mix130", "diagnostic", about="90 个体户 and 小规模纳税人 tax questions in everyday words with their own numbers; traps on tax items, rates and procedures; 20 near-domain, 25 detail traps; run blind mid-session on e61990d, read in the twenty-sixth session"),
    QuestionSet("mix131", "diagnostic", about="88 farmers, cooperatives, rural shops and county-town businesses; traps on local figures, named banks or platforms and how-to steps; 20 near-domain, 24 detail traps; run blind mid-session on e61990d"),
    QuestionSet("mix132", "diagnostic", about="87 专精特新, 小巨人, 梯度培育 and 数字化水平评测: conditions, tiers, periods, money; traps on scoring thresholds, windows, materials and per-firm sums; 19 near-domain, 24 detail traps; run blind mid-session on e61990d, read in the twenty-sixth session"),
    QuestionSet("mix133", "diagnostic", about="90 data, privacy and online-selling rules as a shop owner meets them; traps on penalties for specific acts, deadlines and filing steps; 20 near-domain, 25 detail traps; run blind mid-session on e61990d"),
    QuestionSet("mix134", "diagnostic", about="87 payment delays and procurement from suppliers' side; traps on damages, interest for other cases, complaint offices and timelines; 19 near-domain, 24 detail traps; run blind mid-session on e61990d, read in the twenty-sixth session"),
    QuestionSet("mix135", "diagnostic", about="90 questions mixing two records and asking how they relate; traps where one half is stated and the other is not; 20 near-domain, 25 detail traps; run blind mid-session on e61990d"),
    QuestionSet("mix136", "diagnostic", about="88 regional and casual Chinese (粤语, 川渝, 东北 flavours, net slang), a few in traditional characters; traps of every kind; 20 near-domain, 24 detail traps; run blind mid-session on e61990d, read in the twenty-sixth session"),
    QuestionSet("mix137", "diagnostic", about="90 colloquial owners with typos on case studies: which firm, platform, year, figures; traps on a case's unstated figures and names; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix138", "diagnostic", about="90 government staff checking issuers, 文号, dates, status and replacements; traps on implementing offices, articles, budgets and dates; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix139", "diagnostic", about="90 tax rules asked with the owner's own numbers; traps on rates, thresholds, periods and exceptions of a neighbouring tax or case; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix140", "diagnostic", about="90 size classes (划型) across industries with own head-counts, revenues and assets, mixed units; traps on sectors or measures the standard does not set; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix141", "diagnostic", about="89 SaaS categories and statistics; traps on prices, vendors, market shares and figures of other years, regions or sectors; 20 near-domain, 24 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix142", "diagnostic", about="90 multi-part questions chained with 还有/另外/顺便; traps with one part stated and another stated nowhere; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix143", "diagnostic", about="89 deadlines, validity, application steps, offices and materials; traps on steps, materials, offices and dates no record gives; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix144", "diagnostic", about="90 evaluators with precise wording; traps asking a neighbouring thing's figure or a breakdown of a total given whole; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix145", "diagnostic", about="88 the payment regulation, business-environment regulation and private-economy law for owners in trouble; traps on procedures, penalties, limits and time bars; 20 near-domain, 24 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix146", "diagnostic", about="88 whether a tool can do something (export, integrate, sync, free tier, offline) and its cost; traps on unstated capabilities and limits; 20 near-domain, 23 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix147", "diagnostic", about="90 专精特新, 梯度培育, city pilots and the digital-level test; traps on per-firm sums, batch lists, score cut-offs, months and offices; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix148", "diagnostic", about="87 versions and years of documents (older editions, drafts, parent laws); traps on editions or drafts the records do not hold; 19 near-domain, 24 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix149", "diagnostic", about="90 long rambling owner stories with the ask at the end; traps hidden at the end of the story; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix150", "diagnostic", about="73 very short terse questions; short traps on one unstated figure, date or name; 15 near-domain, 21 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix151", "diagnostic", about="88 statistics, national targets and case outcome figures; traps on other years, regions, sub-groups, or whether a target was met; 20 near-domain, 23 detail traps; run blind on the twenty-sixth session's opening code"),
    QuestionSet("mix152", "diagnostic", about="90 questions with a half-remembered wrong premise (year, amount, issuer, name) labelled as traps; answerable ones restate facts correctly; 20 near-domain, 25 detail traps; run blind on the twenty-sixth session's opening code, held back, read in the twenty-seventh"),
    QuestionSet("mix153", "diagnostic", about="90 restaurant, tea-shop and small retail owners on a phone, colloquial with typos; traps asking two things where one is stated; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix154", "diagnostic", about="88 government staff checking coverage (regions, industries, sizes, expiry); traps on deadlines, validity periods and offices; 20 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix155", "diagnostic", about="90 factory owners (shoes, textiles, machinery, food) on digital cases and tools; traps on exact costs, percentages and payback; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix156", "diagnostic", about="89 tax, fees and financing (small-scale VAT, loans, guarantees, late payment); traps on yes/no facts and procedures; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix157", "diagnostic", about="89 cross-border e-commerce, live-streaming shops and rural e-commerce; traps on platform, product or company names; 20 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix158", "diagnostic", about="88 size (划型) with concrete numbers across industries, and statistics; traps on thresholds or counts for uncovered industries, years or regions; 19 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix159", "diagnostic", about="89 evaluators' formal questions (文号, issuer, dates, articles, current version); traps on article numbers, penalties and clauses not held; 20 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix160", "diagnostic", about="89 long owner stories then a question; SaaS categories; traps on prices, vendor names and contract terms; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix161", "diagnostic", about="87 专精特新, 小巨人, 梯度培育 and the city pilot; traps on materials, review criteria, scoring and per-firm sums; 20 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix162", "diagnostic", about="90 data, privacy and cybersecurity law for shops and apps; traps on penalties, deadlines and procedures; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix163", "diagnostic", about="88 rural and farm businesses in dialect-tinged Chinese; near-domain on land, crop insurance, epidemics; 19 near-domain, 24 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix164", "diagnostic", about="90 regional policies (Beijing, Shanghai, Zhejiang) and where cases happened; traps on local figures, offices and comparisons; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix165", "diagnostic", about="74 short search-box questions with a few very long ones; yes/no traps no record settles; 17 near-domain, 21 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix166", "diagnostic", about="90 case outcomes and methods for owners in similar trades; traps on figures, partners, costs and timelines; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix167", "diagnostic", about="87 procurement, late payment and fair competition; traps on percentages, days, fines and offices; 20 near-domain, 23 detail traps; run blind on the twenty-seventh session's opening code"),
    QuestionSet("mix168", "diagnostic", about="90 comparisons of two policies, versions, tools or cases; traps where one side is not stated; 20 near-domain, 25 detail traps; run blind on the twenty-seventh session's opening code, read in the twenty-eighth"),
    QuestionSet("mix169", "diagnostic", about="87 owners of restaurants, tea shops and small stores typing on a phone, dialect and typos; traps on amounts, deadlines and contact details; 19 near-domain, 24 detail traps; run blind on the twenty-eighth session's opening code"),
    QuestionSet("mix170", "diagnostic", about="86 government staff checking coverage, issuers and status; traps on offices, budget totals, beneficiaries and evaluation results; 19 near-domain, 25 detail traps; run blind on the twenty-eighth session's opening code; read in the twenty-ninth session"),
    QuestionSet("mix171", "diagnostic", about="87 evaluators' formal questions; near-domain tax filing, labour, registration, IP and finance; traps on clause numbers and wording; 20 near-domain, 23 detail traps; run blind on the twenty-eighth session's opening code"),
    QuestionSet("mix172", "diagnostic", about="89 factory owners with their own headcount and revenue, and peer factories' cases; traps on case figures; 19 near-domain, 25 detail traps; run blind on the twenty-eighth session's opening code; read in the twenty-ninth session"),
    QuestionSet("mix173", "diagnostic", about="90 cross-border sellers, farmers and co-ops; two-part questions, traps with one part stated nowhere; 20 near-domain, 25 detail traps; run blind on the twenty-eighth session's opening code"),
    QuestionSet("mix174", "diagnostic", about="68 very short search-box questions across all record types; 17 near-domain, 20 detail traps; run blind on the twenty-eighth session's opening code; read in the twenty-ninth session"),
    QuestionSet("mix175", "diagnostic", about="90 versions, dates, revisions, successors and status, and comparisons of two records; traps on dates, article counts and changes; 20 near-domain, 25 detail traps; run blind on the twenty-eighth session's opening code"),
    QuestionSet("mix176", "diagnostic", about="90 SaaS categories and peer cases asked from pain points; traps on prices, vendors, implementation time and staff numbers; 20 near-domain, 25 detail traps; run blind on the twenty-eighth session's opening code; read in the twenty-ninth session"),
    QuestionSet("mix177", "diagnostic", about="89 restaurant and bakery owners in a small city, colloquial with typos; traps on application steps, papers and time limits; 20 near-domain, 25 detail traps; run blind on the twenty-ninth session's opening code"),
    QuestionSet("mix178", "diagnostic", about="90 government staff checking coverage and comparing two records; traps on figures only another subject states and on year-by-year breakdowns; 20 near-domain, 25 detail traps; run blind on the twenty-ninth session's opening code, not read"),
    QuestionSet("mix179", "diagnostic", about="88 factory managers (shoes, textiles, machine parts) on cases and tools; traps on vendor prices, contract terms and named suppliers; 20 near-domain, 24 detail traps; run blind on the twenty-ninth session's opening code"),
    QuestionSet("mix180", "diagnostic", about="87 cross-border and online sellers, mostly under 15 characters; traps on percentages, caps and exact dates; 20 near-domain, 23 detail traps; run blind on the twenty-ninth session's opening code, not read"),
    QuestionSet("mix181", "diagnostic", about="87 small firms' accountants on 划型 and tax; traps on thresholds no record gives and penalties; 20 near-domain, 23 detail traps; run blind on the twenty-ninth session's opening code"),
    QuestionSet("mix182", "diagnostic", about="90 long questions that describe the business first; traps with one part of two unstated; 20 near-domain, 25 detail traps; run blind on the twenty-ninth session's opening code, not read"),
    QuestionSet("mix183", "diagnostic", about="90 on validity, issuers, 文号 and successors; traps on enforcement, phone numbers, offices and outcomes; 20 near-domain, 25 detail traps; run blind on the twenty-ninth session's opening code"),
    QuestionSet("mix184", "diagnostic", about="87 peer cases for farms, homestays and shops; traps on case figures for other years or metrics and the people behind a case; 20 near-domain, 22 detail traps; run blind on the twenty-ninth session's opening code, not read"),
    QuestionSet("test", "report", about="blind when written; its questions have since been seen"),
    QuestionSet("test2", "report", about="the second blind set"),
    QuestionSet("test3", "report", about="the third blind set, a third of its traps of the calib3 kind"),
)


def question_set(name: str) -> QuestionSet:
    return next(s for s in QUESTION_SETS if s.name == name)


def dev_set_path() -> Path:
    return question_set("dev").path


def tuning_set_paths() -> tuple[Path, ...]:
    """Every set the refusal rules are calibrated on (never a report set)."""
    return tuple(s.path for s in QUESTION_SETS if s.role == "tuning")


def load_jsonl_questions(path: Path, name: str | None = None) -> Dataset:
    queries = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc})") from exc
            rel = set(row.get("relevant") or [])
            answerable = bool(row.get("answerable", bool(rel)))
            queries.append(Query(str(row.get("id", n)), row["question"], rel, answerable, row.get("type", ""),
                                 _trap(row) if not answerable else ""))
    return Dataset(name or Path(path).stem, queries)


def _trap(row: dict) -> str:
    """The labelled kind of an unanswerable question: sets that label kinds call an untouched topic "near"."""
    label = row.get("kind")
    return "" if not label else "off-topic" if label == "near" else "detail"


def load_beir(folder: Path, max_queries: int | None = None) -> Dataset:
    folder = Path(folder)
    for f in ("corpus.jsonl", "queries.jsonl", "qrels.tsv"):
        if not (folder / f).is_file():
            raise ValueError(f"{folder} is not a BEIR folder: {f} missing")
    digest = hashlib.sha1()
    docs = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            digest.update(line.encode("utf-8"))
            row = json.loads(line)
            title = row.get("title") or ""
            text = (title + "\n" + row["text"]) if title and title not in row["text"][:50] else row["text"]
            docs.append(Document(str(row["_id"]), text, DocMeta(title=title or str(row["_id"]), kind="beir")))
    qrels: dict[str, set[str]] = {}
    with (folder / "qrels.tsv").open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader, None)
        for row in reader:
            if len(row) >= 3 and float(row[2]) > 0:
                qrels.setdefault(row[0], set()).add(row[1])
    queries = []
    with (folder / "queries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            qid = str(row["_id"])
            if qid in qrels:
                queries.append(Query(qid, row["text"], qrels[qid]))
    if max_queries:
        queries = queries[:max_queries]
    return Dataset(folder.name, queries, docs, digest.hexdigest()[:16])
