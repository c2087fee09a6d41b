"""The advisor: profile → size → retrieval + eligibility → policies, SaaS, peer cases → cited answer."""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from advisor.answer import Citation, Composed, best_sentences, compose_answer, not_stated_note, refusal
from advisor.config import Settings, load_settings
from advisor.coverage_answer import asks_coverage, coverage_points
from advisor.details import (
    CHAPTERS,
    CHARGING,
    DEADLINE,
    DOC_NUMBER,
    EFFECTIVE_DAY,
    EXPIRY,
    ISSUED_DAY,
    ISSUED_YET,
    NAMES,
    PERIOD,
    asked_about,
    asked_details,
    asked_part,
    asking_clauses,
    asks_figures_only,
    asks_like_elsewhere,
    missing_details,
    provinces_in,
    quoted_figures,
    states_figure,
)
from advisor.expiry import Window, cited_name, ending_in, ending_line, expiry_window
from advisor.intent import asks_outcome, asks_what_applies, profile_query, uncovered_purpose
from advisor.naming import DocumentNames, ItemNames, ShortNames, edition_years
from advisor.place_facts import cases_in_place, places_asked
from advisor.profile import EnterpriseProfile, extract_profile, missing_fields
from advisor.record_facts import (
    asked_facts,
    asks_day,
    fact_lines,
    field_missing,
    notice_year,
    pointed_elsewhere,
)
from advisor.scope import (
    ScopeGap,
    asks_own_rules,
    foreign_places,
    local_rules_missing,
    plan_periods,
    scope_gap,
    unheld_period,
)
from advisor.size_answer import (
    FINANCE,
    SIZE_STANDARD,
    STATISTICAL_STANDARD,
    asked_bounds,
    asks_size_class,
    asks_standard_figures,
    bound_sentence,
)
from advisor.successor import Lineage, asks_old_version, asks_successor, lineage, replaced_version
from advisor.support_list import asks_support_list, giving
from advisor.tool_facts import asked_capability, asked_tool_facets, facet_lines
from advisor.topics import Topic, TopicMatch, UncoveredTopics
from corpus.chunking import sentence_spans
from corpus.documents import Chunk
from corpus.metadata import doc_number_keys
from corpus.normalize import fix_slips, to_mandarin, to_simplified
from corpus.records import KnowledgeBase, shipped_knowledge_base
from corpus.tokenize import fingerprint as tokenizer_fingerprint
from corpus.tokenize import tokenize
from kg.build import ENTITIES_FILE, GRAPH_FILE, build_graph, read_chunk_entities
from kg.classify import ClassifyError, SizeClassifier
from kg.counties import place_named, shipped_county_names
from kg.coverage import coverage
from kg.eligibility import EligibilityIndex, PolicyMatch, Profile
from kg.extract import Extractor, shipped_extractor
from kg.gazetteer import place_stem
from kg.store import MemoryGraphStore
from retrieval.bundle import BundleStore, IndexBundle
from retrieval.embedder import load_embedder
from retrieval.search import FusionConfig, Hit, HybridSearcher
from retrieval.sentences import is_quotable, quotable_sentences

log = logging.getLogger(__name__)
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=\s*年)")
_MEMBER = re.compile(r"有没有|是否包括|包不包括|包括不包括|在不在|是不是有")
_HOW_MANY = re.compile(r"(一共|总共|共)?(有)?(几|多少)个(部门|单位|部委)?[吗呢？?]?$")
# "…不低于40%，那上海的…": the turn from a figure set down to the thing asked of
_THEN = re.compile(r"[，,；;]\s*(?:那么?|而)(?![个些家种款样么])")
_ANY_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_COUNTRY = re.compile(r"全国|国内|全中国")  # "河北做紧固件的…全国…占几成": the nation's figure asked

@dataclass(frozen=True)
class Evidence:
    """How well the top passages support a question (floats, or arrays of them when tuning)."""

    sentence: float  # best cosine between the question and one sentence (or ask) of the top passages
    bm25: float  # best BM25 score
    graph: float  # best share of the question's entities the graph links to a top passage
    named: float = 0.0  # 1.0 when the question names a catalogue item ("MES") that is among the top passages
    worded: float = 0.0  # 1.0 when every content word of the question is found in the top passages


# Words that ask rather than say what about: "饭店小型标准" and "饭店小型标准是多少" name the same things.
_ASKING_WORDS = frozenset({"多少", "几", "几个", "几成", "哪", "哪个", "哪些", "哪儿", "哪里", "咋", "怎么", "怎样",
                           "如何", "啥", "什么", "干嘛", "吗", "呢", "大概", "钱"})


def content_words(question: str) -> tuple[str, ...]:
    """The words a question says its subject with: its tokens less stop words and asking words."""
    return tuple(dict.fromkeys(t for t in tokenize(question) if t not in _ASKING_WORDS))


def evidence(hits: list[Hit], named_items: set[str] = frozenset(), words: tuple[str, ...] = ()) -> Evidence:
    """Evidence of the top passages. Without sentence vectors (a bundle built for retrieval-only
    evaluation) the passage cosine stands in for the sentence cosine."""
    text = " ".join(h.chunk.text for h in hits).lower() if words else ""
    return Evidence(max((h.signals.get("sentence", h.signals.get("dense", 0.0)) for h in hits), default=0.0),
                    max((h.signals.get("bm25", 0.0) for h in hits), default=0.0),
                    max((h.signals.get("graph", 0.0) for h in hits), default=0.0),
                    float(any(h.chunk.doc_id in named_items for h in hits)),
                    float(bool(words) and all(w in text for w in words)))


@dataclass(frozen=True)
class Confidence:
    """Evidence thresholds and the uncovered-topic rule, calibrated together by `python -m eval.tune` on dev,
    holdout, calib and calib2 (never on a test set): the most answerable questions answered while at least 95%
    of the off-topic ones are refused. 2026-11-26, fourth session: all 301 answerable answered, 98.1% of 261
    off-topic refused, together with the scope-gap rules; the search kept every threshold but raised the
    BM25-backed bar from 0.89 to 0.896. Fifth session, with answers that decline a question asking only for a
    detail no record states, and five questions relabelled so (eval/datasets/README.md): all 296 answered,
    98.1% of 266 refused, every threshold kept. Twenty-ninth session: ``min_sentence_worded`` was set by hand
    (not by the grid search) from the short questions of the read sets, where it answered seven more and refused
    as many off-topic ones as before."""

    min_sentence: float = 0.906  # enough on its own
    min_sentence_with_bm25: float = 0.896  # lower bar when keywords also match…
    min_bm25: float = 6.0
    min_sentence_with_graph: float = 0.904  # …or when the graph links all the question's entities to a passage
    min_graph: float = 1.0
    min_sentence_named: float = 0.89  # …or when the question names a SaaS category found among the passages
    # …or when the graph links all its entities and the passages hold every word it says ("饭店小型标准": a
    # telegraphic question has too few words for BM25 to reach its bar)
    min_sentence_worded: float = 0.884
    min_topic: float = 0.88  # a question this close to an uncovered topic (advisor/topics.py)…
    topic_margin: float = -0.01  # …and about as close to it as to its best evidence sentence is refused
    top_n: int = 5  # passages the evidence is read from, whatever top_k the caller asks for

    def accepts(self, ev: Evidence):
        """True where the evidence is enough to answer (elementwise when ``ev`` holds arrays)."""
        return ((ev.sentence >= self.min_sentence)
                | ((ev.sentence >= self.min_sentence_with_bm25) & (ev.bm25 >= self.min_bm25))
                | ((ev.sentence >= self.min_sentence_with_graph) & (ev.graph >= self.min_graph))
                | ((ev.sentence >= self.min_sentence_named) & (ev.named >= 1.0))
                | ((ev.sentence >= self.min_sentence_worded) & (ev.graph >= self.min_graph) & (ev.worded >= 1.0)))

    def off_topic(self, topic_similarity, covered, sentence, named=False, document_named=False):
        """True where the question belongs to an uncovered topic rather than to its evidence (elementwise too).

        A question that names one of the topic's terms ("劳动仲裁") which no retrieved passage contains is
        about that topic however close its evidence sentence looks: the passages do not speak of it. A question
        naming a document outright (文号 or title) is about that document unless it names such a term
        ("19号公告停了，发票怎么红冲")."""
        named = np.asarray(named, dtype=bool)
        return np.logical_not(covered) & (topic_similarity >= self.min_topic) \
            & ((topic_similarity >= sentence + self.topic_margin) | named) \
            & (np.logical_not(document_named) | named)


@dataclass(frozen=True)
class Judgement:
    """What a question is judged on: its profile, its passages and what rules them out."""

    profile: EnterpriseProfile
    entities: frozenset[str]  # from the question and the profile, for the graph boost
    wanted_support: frozenset[str]  # support types the question asks for ("贷款" → 融资信贷)
    hits: list[Hit]
    named: set[str]  # documents named by 文号 or title
    gap: ScopeGap | None
    topic_match: TopicMatch | None  # nearest uncovered topic the question cues (None when a gap)
    items: set[str]  # SaaS categories named by name or alias, and policies by short name ("携手行动")
    profile_ms: float
    qvec: np.ndarray | None = None  # the question's embedding


# "被哪个文件替了": what replaced a policy, which its status line tells.
_REPLACED_ASK = re.compile(r"替|取代|代替|接替")
_NEW_VERSION = re.compile(r"新版|新标准|新修订的|新的版本")
# "有没有同行这么用过", "有没有茶企用区块链做溯源的例子": a peer who used the kind of tool asked about
# ("听人说有地方的一线工人自己搭了个小程序，真有这事吗": a peer heard of)
_ASKS_PEER = re.compile(r"真有这(回|种|样的?)?事(儿)?(吗|么)|"
                        r"有没有[^，。？?！!]{0,8}(同行|别人|人家|企业|厂|店|茶企|公司|商家)[^，。？?！!]{0,10}(用过|这么用|这样用|这么做|这样做|做过|在用)|"
                        r"(有没有|有无|给个|举个)[^，。？?！!]{0,14}(例子|案例)")


def _unsaid_line(rest: str, told: str = "记录的发文信息") -> str:
    """The line saying which part of the question the answer leaves to the original text."""
    return f"   您还问到“{rest}”：这里只答了{told}，这部分请查阅原文或向发文机关核实。"


@dataclass
class Advice:
    question: str
    profile: EnterpriseProfile
    answer: str
    confident: bool
    citations: list[Citation]
    policies: list[dict] = field(default_factory=list)
    saas: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        p = self.profile
        return {
            "question": self.question,
            "profile": {"region": p.region, "industry": p.industry_label or p.industry, "size": p.size,
                        "employees": p.employees, "revenue_wan": p.revenue_wan, "needs": list(p.needs),
                        "missing": list(p.missing)},
            "answer": self.answer, "confident": self.confident,
            "citations": [{k: v for k, v in c.to_dict().items() if k in
                           ("n", "doc_id", "title", "source", "heading", "text", "score")} for c in self.citations],
            "policies": self.policies, "saas": self.saas, "cases": self.cases,
        }


class Advisor:
    """Loaded once per process and shared; ``ask`` is thread-safe (it keeps no per-user state)."""

    def __init__(self, settings: Settings, bundle: IndexBundle, embedder, kb: KnowledgeBase | None = None,
                 extractor: Extractor | None = None, fusion: FusionConfig | None = None,
                 confidence: Confidence | None = None, topics: UncoveredTopics | None = None):
        self.settings, self.bundle, self.embedder = settings, bundle, embedder
        self.kb = kb or shipped_knowledge_base()
        self.extractor = extractor or shipped_extractor()
        # Matching needs only the curated records' part of the graph, built in memory in a fraction of a second;
        # the bundle's full graph (with every extracted mention) is parsed on first use of `store`.
        records = MemoryGraphStore(build_graph(self.kb, [], [], self.extractor)[0])
        self._store: MemoryGraphStore | None = None
        chunk_entities = read_chunk_entities(bundle.file(ENTITIES_FILE), {c.chunk_id: i for i, c in enumerate(bundle.chunks)})
        self.searcher = HybridSearcher(bundle, embedder, chunk_entities, fusion)
        self.names = DocumentNames(bundle.documents)
        # (a round carried on by a later one gives way to it, as a replaced version does: "专精特新小巨人新一轮的
        # 中央财政奖补" says both rounds' names)
        self.short_names = ShortNames([(p.id, p.title, p.short_title, p.gives_way, p.doc_number) for p in self.kb.policies],
                                      {p.id: p.issued for p in self.kb.policies})
        self.items = ItemNames((s.id, (s.name, *s.aliases)) for s in self.kb.saas)
        self._saas_ids = frozenset(s.id for s in self.kb.saas)
        self.classifier = SizeClassifier(records)
        self.eligibility = EligibilityIndex(records)
        self.confidence = confidence or Confidence()
        self.topics = topics or UncoveredTopics.shipped(embedder, settings.cache_dir)
        self.lock = threading.Lock()
        self._doc_rows: dict[str, list[int]] = {}  # doc_id -> its chunks' rows
        for i, ch in enumerate(bundle.chunks):
            self._doc_rows.setdefault(ch.doc_id, []).append(i)
        self.periods = plan_periods(ch.text for ch in bundle.chunks)

    @property
    def store(self) -> MemoryGraphStore:
        """The full graph of the live bundle (records, documents, extracted mentions), loaded once."""
        with self.lock:
            if self._store is None:
                self._store = MemoryGraphStore.load(self.bundle.file(GRAPH_FILE))
            return self._store

    @classmethod
    def load(cls, settings: Settings | None = None, **kwargs) -> Advisor:
        settings = settings or load_settings()
        store = BundleStore(settings.index_dir)
        embedder = kwargs.pop("embedder", None) or load_embedder(settings.embed_model, settings.cache_dir)
        if not store.exists():
            from advisor.indexing import build_index

            log.info("no index yet: building the shipped corpus into %s", settings.index_dir)
            build_index(settings, embedder=embedder)
        bundle = store.load()
        if bundle.sentences is None or bundle.tokenizer != tokenizer_fingerprint():
            # Bundles written before sentence vectors existed, or whose BM25 tokens came from another dictionary
            # or jieba: rebuild once; chunk vectors and uploads are kept, so little or nothing is embedded.
            from advisor.indexing import build_index

            log.info("index is out of date (sentence vectors or tokens): rebuilding %s", settings.index_dir)
            build_index(settings, embedder=embedder)
            bundle = store.load()
        return cls(settings, bundle, embedder, **kwargs)

    # -- profile -------------------------------------------------------------------------------
    def profile_for(self, question: str, explicit: EnterpriseProfile | None = None) -> EnterpriseProfile:
        prof = extract_profile(question, self.extractor)
        said = prof.region
        if explicit is not None:
            prof = prof.merge(explicit)
        if explicit is not None and explicit.region:
            county = shipped_county_names().by_name.get(said or "")
            if county is not None and county.city == explicit.region:
                prof.region = said  # "永嘉做阀门的" with 温州市 chosen: the county said lies within the city chosen
            else:
                prof.province = None  # an explicit region replaces whatever province the question implied
        if prof.region and not prof.province:
            place = place_named(prof.region, self.extractor.gazetteer)
            prof.province = place.province if place else None
        if prof.industry and not prof.industry_label:
            prof.industry_label = self.extractor.gazetteer.industry_labels.get(prof.industry)
        group = prof.size_group or prof.industry
        if group and (prof.employees is not None or prof.revenue_wan is not None or prof.assets_wan is not None):
            try:
                res = self.classifier.classify(group, prof.employees, prof.revenue_wan, prof.assets_wan)
                prof.size_group, prof.size, prof.size_rule = res.industry, res.size, res.rule
                prof.possible_sizes = list(res.possible)
            except ClassifyError as exc:
                prof.size_rule = str(exc).split(" / ")[0]
        prof.missing = missing_fields(prof)
        return prof

    # -- main entry ---------------------------------------------------------------------------
    def ask(self, question: str, explicit: EnterpriseProfile | None = None, top_k: int | None = None) -> Advice:
        question = (question or "").strip()
        if not question:
            raise ValueError("问题为空 / empty question")
        if len(question) > 2000:
            raise ValueError("问题太长（最多 2000 字）/ question too long")
        top_k = top_k or self.settings.top_k
        asked = question
        if self.settings.traditional_to_simplified:  # the records, cues and dictionary are in simplified script
            question = to_simplified(question)
        question = to_mandarin(fix_slips(question))
        t0 = time.perf_counter()
        j = self.judge(question, explicit, max(top_k * 4, 20))
        prof, hits, named, gap, items = j.profile, j.hits, j.named, j.gap, j.items
        topic = self.uncovered_topic(j)
        # (a tool named inside an uncovered topic, "开电子发票免费吗", is not asked about as a tool)
        direct = self._from_fields(question, asked, prof, named, gap, items if topic is None else set(),
                                   tuple(dict.fromkeys(h.chunk.doc_id for h in hits))[:3])
        if direct is not None:
            return direct
        t1 = t0 + j.profile_ms / 1e3
        top = hits[: self.confidence.top_n]
        confident = gap is None and topic is None and self._is_confident(top, items, content_words(question))
        if (confident or named) and gap is None and topic is None and asks_successor(question) and hits:
            # ("携手行动…有没有接续文件": the policy a short name names, though another's passage scores first)
            short = sorted(d for d in items if self.kb.policy(d) is not None)
            subject = min(named) if named else short[0] if len(short) == 1 else hits[0].chunk.doc_id
            line = lineage(question, subject, self.kb)
            # a successor that exists, asked with a figure ("还有没有新一轮补钱，一家多少"), is for passages to tell
            if line is not None and (line.later is None or not asked_about(question)):
                return self._successor_advice(asked, prof, line)
        applies = gap is None and topic is None and not named and asks_what_applies(question, prof)
        if applies:
            hits, confident = self._what_applies(question, prof, j, hits, confident, max(top_k * 4, 20))
            top = hits[: self.confidence.top_n]
        t2 = time.perf_counter()
        # Each policy that applies is a point of its own, however its passage scored against the description.
        citations, composed = self.compose(question, prof, hits, named, j.qvec, top_k, 0.0 if applies else None) \
            if confident else ([], None)
        policies = self._policies(hits, prof, j.wanted_support, support_only=applies) if confident else []
        saas = self._saas(hits, prof, named_items=items) if confident else []
        cases = self._cases(hits, prof) if confident else []
        t3 = time.perf_counter()
        note, answer = "", ""
        if composed is not None and applies and composed.points:
            self._add_next_step(citations, composed, top_k, question)
            thing = uncovered_purpose(question, list(self._record_texts(citations).values()))
            if thing is not None:  # said first: the list below is no answer to "能不能补这个"
                composed.profile_line = "\n".join(x for x in (composed.profile_line, (
                    f"注意：已收录的政策里没有写到“{thing}”的专项补助；以下是按您的情况可能适用的一般性政策，"
                    f"能否用于{thing}请向当地主管部门核实。")) if x)
        if composed is not None:
            answer = composed.text()
            place = prof.region or prof.province
            # (the note says the corpus holds no rule of the place: not so when one is held, though not cited here)
            if answer and local_rules_missing(prof, top, self.doc_kind) and not self._holds_rules_of(prof):
                note = (f"\n注意：已收录资料中没有{place}的地方政策，以上是全国性政策和通用做法；"
                        f"{place}的地方扶持请向当地工信/中小企业主管部门核实。")
            if not answer:
                confident, citations, policies, saas, cases = False, [], [], [], []
            elif composed.misses_the_ask(question):
                # The question asks only for a figure, the steps or an address that no cited record states:
                # not answered, though the passages found stay cited as pointers.
                confident, policies, saas, cases = False, [], [], []
                answer = composed.partial_text()
            elif composed.leaves_out(question):
                confident, policies, saas, cases = False, [], [], []
        if not answer:
            answer = refusal(question, prof.missing, gap, topic)
        advice = Advice(asked, prof, answer, confident, citations, policies, saas, cases)
        if confident and self.settings.llm_enabled:
            from advisor.llm import llm_answer

            generated = llm_answer(self.settings, question, citations)
            if generated:
                advice.answer = generated
        advice.answer += note
        t4 = time.perf_counter()
        advice.timings_ms = {"profile": (t1 - t0) * 1e3, "retrieve": (t2 - t1) * 1e3,
                             "recommend": (t3 - t2) * 1e3, "answer": (t4 - t3) * 1e3}
        return advice

    def compose(self, question: str, prof: EnterpriseProfile, hits: list[Hit], named: set[str],
                qvec: np.ndarray | None, top_k: int, min_share: float | None = None) -> tuple[list[Citation], Composed]:
        """The citations of an answer and the extractive answer over them (``min_share``: see compose_answer)."""
        citations = self._citations(hits, top_k, named, qvec)
        if qvec is not None:
            citations = self._quotable_stand_ins(citations, qvec)
        records = self._record_texts(citations)  # detail quotes come from these records: the set stays the same
        # Some cited records cannot give the detail asked for: a national programme's figure when the question
        # asks the asker's own province's rule, another year's statistic when it asks a year's figure.
        speaks = self._contrasted_records(citations, question, records)
        if speaks is None:
            speaks = self._records_of_the_edition(citations, question)
        if speaks is None:
            speaks = self._own_place_records(citations, prof, question)
        if speaks is None:
            speaks = self._records_of_the_year(citations, question, records)
        if speaks is None:
            speaks = self._records_of_the_place(citations, question, records)
        if speaks is None:
            speaks = self._named_records(citations, question, named)
        quotable = citations if speaks is None else [c for c in citations if c.doc_id in speaks]
        added, details = self._detail_quotes(question, qvec, quotable, citations) if qvec is not None else ([], {})
        citations += added
        outcomes = self._case_outcomes(citations) if asks_outcome(question) else {}
        share = {} if min_share is None else {"min_share": min_share}
        if speaks is not None:
            records = {d: t for d, t in records.items() if d in speaks}
        return citations, compose_answer(question, citations, self._profile_line(prof), details=details,
                                         records=records, outcomes=outcomes, **share)

    def _quotable_stand_ins(self, citations: list[Citation], qvec: np.ndarray, max_docs: int = 3) -> list[Citation]:
        """A leading record found only by its head (title, issuer, 文号: nothing an answer can quote) stands by its
        passage cited further down, moved up to the head's rank, or else by its passage holding the sentence nearest
        the question: "公司哪些开销能在算所得税前扣掉" finds the 实施条例's head first, and without this its answer
        opened with another record's line on 个税 (a passage ranked far below the first gives no point)."""
        index = self.bundle.sentences
        if index is None:
            return citations
        out = list(citations)
        for i, c in enumerate(out):
            if len({x.doc_id for x in out[:i + 1]}) > max_docs:
                break
            if quotable_sentences(c.text):
                continue
            later = next((x for x in out[i + 1:] if x.doc_id == c.doc_id and quotable_sentences(x.text)), None)
            if later is not None:  # its passage cited further down moves up (a weaker one would give no point)
                out.remove(later)
                out[i] = replace(later, score=c.score)
                continue
            cited = {x.text for x in out if x.doc_id == c.doc_id}
            scored = [(cos, r, s, e) for r in self._doc_rows.get(c.doc_id, [])
                      if self.bundle.chunks[r].text not in cited for cos, s, e in index.sentence_scores(r, qvec)
                      if is_quotable(self.bundle.chunks[r].text[s:e])]
            if scored:
                _, row, s, e = max(scored)
                chunk = self.bundle.chunks[row]
                out[i] = self._citation(c.n, chunk, c.score, chunk.text[s:e])
        return [replace(c, n=n) for n, c in enumerate(out, 1)]

    def _case_outcomes(self, citations: list[Citation]) -> dict[str, tuple[int, str]]:
        """"效果咋样": for the cited cases, the opening of their 成效 passage (which may well say that no figure was
        verified). The first cited record's passage is added to ``citations`` when not among them (its point
        leads the answer); other cases only give theirs when it is already cited, so no citation goes unused."""
        out: dict[str, tuple[int, str]] = {}
        first = citations[0].doc_id if citations else ""
        for doc_id in [d for d in dict.fromkeys(c.doc_id for c in citations) if self.doc_kind(d) == "案例"]:
            opening = self._opening_under(doc_id, "成效")
            if opening is None:
                continue
            chunk, sentence = opening
            cited = next((c for c in citations if c.text == chunk.text), None)
            if cited is None and doc_id != first:
                continue
            if cited is None:
                cited = self._citation(len(citations) + 1, chunk, 0.0, sentence)
                citations.append(cited)
            out[doc_id] = (cited.n, sentence)
        return out

    def _records_of_the_year(self, citations: list[Citation], question: str,
                             records: dict[str, str]) -> set[str] | None:
        """"微信生态2023年带动了多少就业": when the first citation is a statistic or a case, whose figures are of
        their own years, only the cited records mentioning the year asked about (maybe none) can state its figure;
        None when that does not apply (a policy's year more often names its version, "2020年那版条例")."""
        years = set(_YEAR.findall(question))
        if not years or not citations or citations[0].kind not in ("统计", "案例"):
            return None
        return {d for d, t in records.items() if all(y in t for y in years)}

    @staticmethod
    def _records_of_the_place(citations: list[Citation], question: str, records: dict[str, str]) -> set[str] | None:
        """"浙江省中小企业里…占多少": when the first citation is a statistic and the figure is asked of a province,
        only the cited records naming that province can state it (a statistic naming none is the nation's)."""
        places = provinces_in(question) if not _COUNTRY.search(question) else frozenset()
        if not places or not citations or citations[0].kind != "统计" or not any(a.detail.figure for a in asked_about(question)):
            return None
        return {d for d, t in records.items() if any(p in t for p in places)}

    def _policies_of(self, places: set[str] | frozenset[str]) -> set[str]:
        """The policies whose regions lie in one of the places (short names: "上海", "杭州")."""
        return {p.id for p in self.kb.policies if any(r.startswith(tuple(places)) for r in p.eligibility.regions)} \
            if places else set()

    def _holds_rules_of(self, prof: EnterpriseProfile) -> bool:
        """The corpus holds a policy of the place the asker names (the city when one is named)."""
        place = prof.region or prof.province
        return bool(place) and bool(self._policies_of({place_stem(place)}))

    def _records_of_the_edition(self, citations: list[Citation], question: str) -> set[str] | None:
        """"北京条例…2013年那版，预留比例是多少": a figure asked of a version by its year is only for the cited
        policies of that version (issued that year, or titled with it) to state; None when no version is said, no
        figure is asked or the first citation is no policy."""
        years = edition_years(question)
        if not years or not citations or self.kb.policy(citations[0].doc_id) is None \
                or not any(a.detail.figure for a in asked_about(question)):
            return None
        cited = [p for c in citations if (p := self.kb.policy(c.doc_id)) is not None]
        # (a version the corpus holds, though not cited here, is for retrieval to find: "2020年那版…条例" is the
        # 2020 record, and "2022年那版" beside the 2026 one is held back for comparison)
        versions = {o.id for p in cited for o in self.kb.policies
                    if o.id == p.id or p.id in (o.superseded_by, o.continued_by) or o.id in (p.superseded_by, p.continued_by)}
        if any(str(o.issued).startswith(y) for y in years for o in map(self.kb.policy, versions) if o is not None):
            return None
        return {p.id for p in cited if any(str(p.issued).startswith(y) or y in p.title for y in years)}

    def _contrasted_records(self, citations: list[Citation], question: str,
                            records: dict[str, str]) -> set[str] | None:
        """"北京条例预留不低于40%，那上海的条例规定预留多少", "民营经济促进法是9章78条，那中小企业促进法几章几条": a
        figure set down of one record, then asked of another the asking part names (by title, short name, a round's
        years or its province): only the records named there speak, not the one holding the figure quoted; None
        when the question is not built so."""
        quoted = quoted_figures(question)
        m = _THEN.search(question)
        if not quoted or m is None or not any(q in question[:m.start()] for q in quoted):
            return None
        part = question[m.end():]
        cited = {c.doc_id for c in citations}
        names = self.names.named(part) | self.short_names.named(part)
        years = set(_ANY_YEAR.findall(part))
        if not names and years:  # "…那新一轮2025—2027年的方案": the round the question names whose years it gives
            whole = self.names.named(question) | self.short_names.named(question)
            names = {d for d in whole if self.short_names.years.get(d, frozenset()) & years}
        names = (names | self._policies_of(provinces_in(part))) & cited
        premise = {d for d, t in records.items() if any(states_figure(t, q) for q in quoted)} - names
        return names if names and premise else None

    def _named_records(self, citations: list[Citation], question: str, named: set[str]) -> set[str] | None:
        """"网络数据安全管理条例里…会被罚多少钱", "按电子商务法应该去哪个部门投诉": a detail asked of the policies
        the question names by title is for them to state, not for another law's fine or office; None when it
        names none that is cited or asks no detail."""
        # (a law is one text by its short name, "电子商务法", and so is a rule in force by a name no other holds,
        # "梯度培育办法"; a programme's short name may be any of its rounds)
        # ("转型指南和数字化水平评测指标有啥区别？评测收不收钱": one by its title, one by its own short name)
        named = set(named) | {d for d in self.short_names.named(question)
                              if (p := self.kb.policy(d)) is not None
                              and ("法" in p.kind or (p.status != "失效" and d in self.short_names.own))}
        cited = {c.doc_id for c in citations} & named
        if not cited or not asked_about(question):
            return None
        return cited

    def _own_place_records(self, citations: list[Citation], prof: EnterpriseProfile,
                           question: str = "") -> set[str] | None:
        """The cited policies of the asker's own province or city, when the first citation is one of them or the
        question asks that place's own rules ("上海的中小企业条例规定…": not Beijing's, though it scores first)."""
        places = {prof.region, prof.province} - {None}
        own = {c.doc_id for c in citations if (pol := self.kb.policy(c.doc_id)) is not None
               and places & set(pol.eligibility.regions)}
        first = bool(citations) and citations[0].doc_id in own
        # ("上海有没有像北京那样的服务券": the place asked, not the one it is held up against)
        return own if first or (own and (asks_own_rules(question, prof) or asks_like_elsewhere(question))) else None

    def retrieve(self, question: str, entities: frozenset[str], k: int,
                 qvec: np.ndarray | None = None) -> tuple[list[Hit], set[str]]:
        """Hybrid+graph hits with duplicate passages collapsed, documents the question names first."""
        hits = self.searcher.search(question, k=k, mode="hybrid+graph", query_entities=entities, distinct_texts=True,
                                    qvec=qvec)
        # (or a version of one by its short name and year: "2020年那版款项支付条例")
        named = self.names.named(question) or self.short_names.edition(question)
        if named:  # a document the question names outright is what it asks about
            hits.sort(key=lambda h: h.chunk.doc_id not in named)
        return hits, named

    def _what_applies(self, question: str, prof: EnterpriseProfile, j: Judgement, hits: list[Hit], confident: bool,
                      k: int) -> tuple[list[Hit], bool]:
        """"我是…，有什么补贴": the question's own hits joined to those of the question the profile describes,
        less policies the graph rules out for this asker (another province's rules are no answer). Current
        policies that give support come first, national ones and the asker's own region's before a region's the
        asker has not named: a law of duties, the size standard, a lapsed plan or a peer's story is not what such
        a question asks for. Confident when either search is."""
        matches = {m.policy: m for m in self._matches(prof)}
        ruled_out = {pid for pid, m in matches.items() if m.unmet}
        query = profile_query(prof, j.wanted_support, question)
        pvec = self.embedder.embed_queries([query])[0]
        hits2, _ = self.retrieve(query, j.entities, k, pvec)
        hits2 = [h for h in hits2 if h.chunk.doc_id not in ruled_out]
        confident = confident or self._is_confident(hits2[: self.confidence.top_n], j.items)
        seen = {h.row for h in hits}
        merged = [h for h in hits if h.chunk.doc_id not in ruled_out] + [h for h in hits2 if h.row not in seen]
        tier = {doc: self._support_tier(matches.get(doc), prof) for doc in {h.chunk.doc_id for h in merged}}
        # A file the user added has no record to judge it by: among the question's own best hits, it leads
        # ("青岚县海带加工企业建冷库有补助吗" is answered by the county's own uploaded notice).
        files = {h.chunk.doc_id for h in hits[: self.confidence.top_n]
                 if self.bundle.documents.get(h.chunk.doc_id, {}).get("origin") == "file"}
        tier.update(dict.fromkeys(files, -1))
        # Within a tier, the kind of support asked for first ("有没有补贴": grants before a law of rights).
        gives = {doc for doc, m in matches.items() if j.wanted_support & set(m.support)}
        merged.sort(key=lambda h: (tier[h.chunk.doc_id], bool(j.wanted_support) and h.chunk.doc_id not in gives))
        # A policy that applies is best told by its summary, which says what support it gives; the passage
        # nearest the asker's description of their shop is often a condition or a field line.
        out: list[Hit] = []
        summarised: set[str] = set()
        for h in merged:
            doc = h.chunk.doc_id
            row = self._row_under(doc) if tier[doc] < 2 and doc not in summarised else None
            if row is not None:
                summarised.add(doc)
                h = Hit(row, self.bundle.chunks[row], h.score, dict(h.signals))
                self.searcher.add_sentence_signals([h], pvec)
            if not any(o.row == h.row for o in out):
                out.append(h)
        return out, confident

    def _support_tier(self, match: PolicyMatch | None, prof: EnterpriseProfile) -> int:
        """0: a current policy giving support that applies wherever the asker is; 1: one for a region the asker
        has not said they are in, or one a later round carries on; 2: anything else (not a policy, no support,
        repealed, replaced or lapsed)."""
        if match is None or not match.support or not match.current:
            return 2
        pol = self.kb.policy(match.policy)
        # a round a later one carries on (the 2020 赋能行动, continued by 2025's) after the later one
        older = pol is not None and bool(pol.continued_by)
        return 1 if pol is not None and ("全国" not in pol.eligibility.regions and not prof.province or older) else 0

    def _field_citation(self, n: int, doc_id: str, markers: tuple[str, ...], heading: str = "") -> Citation:
        """A citation of the record's passage under ``heading`` (its head by default), quoting its first line that
        holds one of ``markers``, tried in order (the passage's first line when none does)."""
        row = self._row_under(doc_id, heading)
        chunk = self.bundle.chunks[self._doc_rows[doc_id][0] if row is None else row]
        lines = chunk.text.splitlines()
        quote = next((ln for m in markers for ln in lines if m in ln), lines[0])
        return self._citation(n, chunk, 1.0, quote)

    def _add_next_step(self, citations: list[Citation], composed: Composed, top_k: int, question: str = "") -> None:
        """"有没有补贴": the first cited policy whose record says how to take part tells the asker what to do
        next, cited to that passage (an owner told a programme fits also needs to know whom to turn to). With
        ``top_k`` citations already, the step takes the place of the last one the answer does not quote."""
        for doc_id in dict.fromkeys(c.doc_id for c in citations[: len(composed.points) + 2]):
            pol = self.kb.policy(doc_id)
            opening = self._opening_under(doc_id, "怎么办理") if pol is not None and pol.how_to_apply else None
            if opening is None:
                continue
            chunk, step = opening
            said = composed.text()
            at = len(citations) if len(citations) < top_k else \
                next((i for i in range(len(citations) - 1, -1, -1) if f"[{citations[i].n}]" not in said), None)
            if at is not None:
                cited = self._citation(at + 1, chunk, citations[-1].score, step)
                citations[at:at + 1] = [cited]
                composed.notes.insert(0, f"怎么参与（《{pol.title}》）：{step.rstrip('。')}。[{cited.n}]")
                # ("…我应该去哪儿找": the step says whom to turn to, which the points did not)
                composed.told_after_all({a.detail.name for a in asked_about(question) if a.stated_in(step)})
            return

    def _row_under(self, doc_id: str, heading: str = "概要") -> int | None:
        """The record's passage under ``heading`` (its summary by default), if it has one."""
        return next((r for r in self._doc_rows.get(doc_id, []) if self.bundle.chunks[r].heading == heading), None)

    def _opening_under(self, doc_id: str, heading: str) -> tuple[Chunk, str] | None:
        """The record's passage under ``heading`` and its first quotable sentence, if it has both."""
        row = self._row_under(doc_id, heading)
        chunk = self.bundle.chunks[row] if row is not None else None
        sentence = next(iter(quotable_sentences(chunk.text)), "") if chunk is not None else ""
        return (chunk, sentence) if sentence else None

    # -- pieces -------------------------------------------------------------------------------
    @staticmethod
    def _profile_entities(p: EnterpriseProfile) -> set[str]:
        ents = set()
        if p.region:
            ents.add(f"region:{p.region}")
        if p.province:
            ents.add(f"region:{p.province}")
        if p.industry:
            ents.add(f"industry:{p.industry}")
        if p.size:
            ents.add(f"size:{p.size}")
        ents |= {f"need:{n}" for n in p.needs} | {f"tech:{t}" for t in p.technologies}
        return ents

    def judge(self, question: str, explicit: EnterpriseProfile | None = None, k: int = 20) -> Judgement:
        """Everything `ask` decides on, before it decides (eval.tune calibrates on exactly this)."""
        t0 = time.perf_counter()
        prof = self.profile_for(question, explicit)
        # (needs as the profile read them: it drops a trade's own service, "汽修店" asking about 保养)
        found = {e for e in self.extractor.entities(question) if not e.startswith("need:") or e[5:] in prof.needs}
        wanted_support = frozenset(e.split(":", 1)[1] for e in found if e.startswith("support:"))
        entities = frozenset(found | self._profile_entities(prof))
        profile_ms = (time.perf_counter() - t0) * 1e3
        qvec = self.embedder.embed_queries([question])[0]
        hits, named = self.retrieve(question, entities, k, qvec)
        top = hits[: self.confidence.top_n]
        # (the place's own rule may sit below a document the question names, which is ranked first: "北京市条例…与
        # 财库〔2020〕46号…相比")
        seen = top + [h for h in hits if h.chunk.doc_id not in named][: self.confidence.top_n] if named else top
        gap = unheld_period(question, self.periods) or scope_gap(question, prof, seen, self.doc_kind)
        # A place the corpus cannot speak for settles it before any topic.
        match = None if gap is not None else self.topics.nearest(question, qvec, top)
        items = self.items.named(question) | self.short_names.named(question)
        return Judgement(prof, entities, wanted_support, hits, named, gap, match, items, profile_ms,
                         qvec)

    def uncovered_topic(self, j: Judgement) -> Topic | None:
        """The uncovered topic the question belongs to rather than to the passages found, if any."""
        m = j.topic_match
        ev = evidence(j.hits[: self.confidence.top_n])
        return m.topic if m is not None and self.confidence.off_topic(m.similarity, m.covered, ev.sentence, m.named,
                                                                      bool(j.named)) else None

    def _is_confident(self, hits: list[Hit], named_items: set[str] = frozenset(),
                      words: tuple[str, ...] = ()) -> bool:
        return bool(hits) and bool(self.confidence.accepts(evidence(hits, named_items, words)))

    def _matches(self, prof: EnterpriseProfile):
        return self.eligibility.match(Profile(region=prof.region, province=prof.province, industry=prof.industry,
                                              size=prof.size,
                                              possible_sizes=tuple(prof.possible_sizes), needs=prof.needs),
                                      include_expired=True)

    def doc_kind(self, doc_id: str) -> str:
        return self.bundle.documents.get(doc_id, {}).get("meta", {}).get("kind", "")

    def _citation(self, n: int, chunk: Chunk, score: float, quote: str) -> Citation:
        meta = self.bundle.documents.get(chunk.doc_id, {}).get("meta", {})
        pol = self.kb.policy(chunk.doc_id)
        return Citation(n, chunk.doc_id, meta.get("title", ""), meta.get("source", ""), chunk.heading, chunk.text,
                        round(float(score), 6), meta.get("doc_number", ""), meta.get("kind", ""),
                        meta.get("status", ""), quote, pol.expires if pol is not None else "")

    def _citations(self, hits: list[Hit], top_k: int, named: set[str] = frozenset(),
                   qvec: np.ndarray | None = None) -> list[Citation]:
        out: list[Citation] = []
        per_doc: dict[str, int] = {}
        for h in self._successors_first(hits, named, qvec):
            meta = self.bundle.documents.get(h.chunk.doc_id, {}).get("meta", {})
            if meta.get("status") == "失效" and meta.get("kind") == "政策" and h.chunk.doc_id not in named:
                continue  # a superseded policy is cited only when asked about by name, and then marked 失效
            if per_doc.get(h.chunk.doc_id, 0) >= 2:
                continue
            per_doc[h.chunk.doc_id] = per_doc.get(h.chunk.doc_id, 0) + 1
            out.append(self._citation(len(out) + 1, h.chunk, h.score,
                                      h.chunk.text[h.quote[0]:h.quote[1]] if h.quote else ""))
            if len(out) >= top_k:
                break
        return out

    def _successors_first(self, hits: list[Hit], named: set[str], qvec: np.ndarray | None = None) -> list[Hit]:
        """A replaced policy ranked above its replacement, and not asked about by name, is not cited: the
        replacement's hits take its place ("专精特新在哪申报" finds the 2022 暂行办法 first, whose 2026 successor
        says where). A replacement the search did not return at all stands in by its summary, quoted at its
        sentence nearest the question ("…多少天内必须付钱，去年还改过" finds only the 2020 条例)."""
        out: list[Hit] = []
        moved: set[str] = set()
        for h in hits:
            pol = self.kb.policy(h.chunk.doc_id)
            later = pol.superseded_by if pol is not None and h.chunk.doc_id not in named else ""
            if later and later not in moved and all(x.chunk.doc_id != later for x in out):
                moved.add(later)
                found = [x for x in hits if x.chunk.doc_id == later]
                row = self._row_under(later) if not found else None
                if row is not None:
                    found = [Hit(row, self.bundle.chunks[row], h.score, {})]
                    if qvec is not None:
                        self.searcher.add_sentence_signals(found, qvec)
                out += found
            if h.chunk.doc_id not in moved:
                out.append(h)
        return out

    def _record_texts(self, citations: list[Citation]) -> dict[str, str]:
        """The whole text of each cited record."""
        return {d: "\n".join(self.bundle.chunks[r].text for r in self._doc_rows.get(d, []))
                for d in dict.fromkeys(c.doc_id for c in citations)}

    def _detail_quotes(self, question: str, qvec: np.ndarray, citations: list[Citation], cited: list[Citation],
                       max_docs: int = 3) -> tuple[list[Citation], dict[str, list[tuple[int, str]]]]:
        """For the first cited records whose quoted sentence lacks a detail the question asks for (a figure, the
        steps to apply, where to look), the record's sentence nearest the question that gives it and shares a
        word of the question's own ("灵山荔枝种了多大面积" should quote the record's figures, not only its story).
        Cosines alone do not tell the right figure from another in the same record ("服务券能领多少钱" is as
        near the law's procurement quota as to its summary), so the shared word is required. Returns the
        citations to add (passages not yet cited, at score 0: the search did not return them) and, per record,
        the sentences with their citations' n. ``citations``: those whose records may give the detail; ``cited``:
        all the answer's, after which added ones are numbered."""
        wanted = asked_about(question)
        index = self.bundle.sentences
        if not wanted or index is None or not citations:
            return [], {}
        added: list[Citation] = []
        found: dict[str, tuple[int, str]] = {}
        for doc_id in list(dict.fromkeys(c.doc_id for c in citations))[:max_docs]:
            first = next(c for c in citations if c.doc_id == doc_id)
            lacking = [a for a in wanted if not a.stated_in(first.quote)]
            if not lacking:
                continue
            rows = self._doc_rows.get(doc_id, [])
            scored = [(cos, r, self.bundle.chunks[r].text[s:e]) for r in rows
                      for cos, s, e in index.sentence_scores(r, qvec)]
            scored = [(cos, r, t) for cos, r, t in scored if t != first.quote and is_quotable(t)]
            picked: list[tuple[int, str]] = []
            # One sentence per detail still lacking: "铺到了多少个县？试用的农户有多少" needs two figures.
            for asked in lacking:
                if any(asked.answered_by(t, first.title) for _, t in picked):
                    continue
                candidates = [(cos, r, t) for cos, r, t in scored if asked.answered_by(t, first.title)]
                if not candidates and asked.detail.name == CHARGING and doc_id in self._saas_ids:
                    # a tool category's cost line tells how it is charged, whatever words it shares
                    candidates = [(0.0, r, line) for r in rows[:1]
                                  for line in facet_lines(self.bundle.chunks[r].text, ["费用方式"])]
                if not candidates and asked.detail.exact:
                    # a record's field line ("行业：…；地区：陕西省西安市；…"), which the sentence index splits at "；"
                    candidates = [(0.0, r, line.strip()) for r in rows[:1] for line in self.bundle.chunks[r].text.split("\n")
                                  if "：" in line and is_quotable(line) and asked.answered_by(line, first.title)][:1]
                if not candidates:
                    continue
                _, row, sent = max(candidates)
                chunk = self.bundle.chunks[row]
                same = next((c for c in [*cited, *added] if c.text == chunk.text), None)
                if same is None:
                    same = self._citation(len(cited) + len(added) + 1, chunk, 0.0, sent)
                    added.append(same)
                picked.append((same.n, sent))
            if picked:
                found[doc_id] = picked
        return added, found

    def _profile_line(self, p: EnterpriseProfile) -> str:
        parts = []
        if p.region:
            parts.append(f"地区：{p.region}")
        if p.industry_label:
            parts.append(f"行业：{p.industry_label}")
        if p.size:
            parts.append(f"规模：{p.size}（{(p.size_rule or '').rstrip('。')}）")
        elif 1 < len(p.possible_sizes) < 4:
            parts.append(f"规模：{'或'.join(p.possible_sizes)}（{(p.size_rule or '').rstrip('。')}）")
        line = "您的情况：" + "；".join(parts) if parts else ""
        if p.missing:
            line += ("。" if line else "") + "还不知道：" + "、".join(p.missing) + "，补充后建议会更准"
        return line + ("。" if line else "")

    def _hit_rank(self, hits: list[Hit]) -> dict[str, float]:
        """Best fused score per document among the hits."""
        best: dict[str, float] = {}
        for h in hits:
            best[h.chunk.doc_id] = max(best.get(h.chunk.doc_id, 0.0), h.score)
        return best

    def _policies(self, hits: list[Hit], prof: EnterpriseProfile, wanted_support: frozenset[str] = frozenset(),
                  limit: int = 5, support_only: bool = False) -> list[dict]:
        """Current policies the graph does not rule out, by retrieval rank and the asker's needs and wanted support.
        ``support_only`` ("有什么补贴"): only policies that give support, a region's the asker has not named last."""
        rank = self._hit_rank(hits)
        by_id = {m.policy: m for m in self._matches(prof)}
        candidates = []
        top = max(rank.values(), default=1.0) or 1.0
        for pid, m in by_id.items():
            retrieved = rank.get(pid, 0.0) / top
            need_bonus = 0.15 if set(prof.needs) & set(m.needs) else 0.0
            if wanted_support:
                need_bonus += 0.2 if wanted_support & set(m.support) else -0.2
            if retrieved == 0 and not need_bonus:
                continue
            if not m.current:
                # never presented as current: point to the replacement when there is one
                if m.replaced_by and m.replaced_by in by_id and retrieved:
                    rank[m.replaced_by] = max(rank.get(m.replaced_by, 0.0), rank.get(pid, 0.0))
                continue
            if m.unmet:
                continue
            if support_only:
                tier = self._support_tier(m, prof)
                if tier == 2:
                    continue
                need_bonus -= 0.5 * tier
            candidates.append((retrieved + need_bonus + 0.02 * len(m.matched), m))
        candidates.sort(key=lambda x: -x[0])
        out = []
        for score, m in candidates[:limit]:
            pol = self.kb.policy(m.policy)
            if pol is not None:
                out.append(self._policy_entry(pol, m, score))
        return out

    @staticmethod
    def _policy_entry(pol, m: PolicyMatch, score: float) -> dict:
        """A recommended policy as the JSON contract gives it."""
        return {"id": pol.id, "title": pol.title, "issuer": "、".join(pol.issuer), "doc_number": pol.doc_number or None,
                "status": pol.status, "support": list(pol.support), "matched": m.matched,
                "unmet": m.unknown, "source": pol.source_label, "score": round(score, 4),
                "amounts": [a.get("note") or f"{a.get('value')}{a.get('unit', '')}" for a in pol.amounts],
                "expires": pol.expires or None, "summary": pol.summary}

    def _from_fields(self, question: str, asked: str, prof: EnterpriseProfile, named: set[str],
                     gap: ScopeGap | None, items: set[str] = frozenset(), firsts: tuple[str, ...] = ()) -> Advice | None:
        """Questions answered from the records' fields and the graph rather than from passages: which policies
        end when, a named policy's 文号/issuer/dates/status, an older version's status, coverage, the asker's own
        size class and a class's bounds, a named tool category's cost or cautions (``firsts``: the best hits' ids)."""
        # (the tool must be what the question is about: among the best hits, and every asking clause about its
        # cost or cautions or a figure; "报税" names the bookkeeping category, but "一个季度卖多少钱以下免增值税"
        # asks a tax rule, and "金蝶和用友哪个更适合" a comparison)
        if gap is not None and gap.period:  # "十四五规划到期了，十五五的目标是多少": no field of the plan held answers it
            return None
        places = places_asked(question, ((c.id, c.region) for c in self.kb.cases))
        if places:
            return self._place_advice(asked, prof, places)
        place, located = cases_in_place(question, ((c.id, c.region) for c in self.kb.cases))
        if located:
            return self._cases_in_place_advice(asked, prof, place, located)
        tools = [s for s in self.kb.saas if s.id in items and s.id in firsts]
        if len(tools) == 1 and gap is None and (facets := asked_tool_facets(question)) \
                and all(asked_tool_facets(c) or asks_figures_only(c) or _ASKS_PEER.search(c)
                        for c in asking_clauses(question)) \
                and all(d.figure or d.name == CHARGING for d in asked_details(question)):
            # ("这类一般怎么收费？有没有同行这么用过": the cost line, and a peer the records link to the category)
            peer = any(_ASKS_PEER.search(c) for c in asking_clauses(question))
            told = self._tool_facts_advice(asked, prof, tools[0], facets, peer)
            if told is not None:
                return told
        if len(tools) == 1 and gap is None:
            unsaid = self._capability_unsaid(asked, prof, tools[0])
            if unsaid is not None:
                return unsaid
        # "做小额贷款的，多少人以下算小微": the shipped standard leaves financial firms out
        if prof.industry == FINANCE and (asked_bounds(question) or asks_size_class(question)
                                         or asks_standard_figures(question)):
            told = self._finance_size_advice(asked, prof)
            if told is not None:
                return told
        # (a firm abroad is not classified by China's standard)
        china = prof.size_group and not any(f in question for f in foreign_places())
        # ("九个店员，多少人以下才算小型": the bounds asked, with the asker's own class beside them)
        if china and (bounds := asked_bounds(question)):
            bounded = self._bounds_advice(asked, prof, bounds, "统计" in question)
            if bounded is not None:
                return bounded
        if china and prof.size and asks_size_class(question) and not asks_what_applies(question, prof):
            sized = self._size_advice(asked, prof)
            if sized is not None:
                return sized
        if not named and gap is None:
            window = expiry_window(question, date.today())
            if window is not None:
                return self._expiry_advice(asked, prof, window)
            if asks_coverage(question):
                return self._coverage_advice(asked, prof)
            kinds = asks_support_list(question, self.extractor.gazetteer.supports)
            if kinds and not asks_what_applies(question, prof) and not asked_details(question):
                return self._support_list_advice(asked, prof, kinds)
        # "以前那版规定还管用吗": the replaced version's status, with what replaced it
        # (not "老规定到期了，新的补贴标准是多少": a detail is for the passages, of the version in force, to tell)
        if not named and gap is None and asks_old_version(question) and not asked_details(question) \
                and (old := replaced_version(firsts, self.kb)) is not None:
            return self._facts_advice(asked, prof, [old], ["状态"])
        # "…到期了，十五五的出来没" asks what follows, not the end date
        # (of the clauses that ask: "规划到期后，接续的规划定了多少目标" does not ask when it ends)
        facts = asked_facts(asked_part(question)) if not asks_successor(question) else []
        # "《个人信息保护法》提到的专门规则，是否已正式发布": whether out, of what the asking clause itself names
        yet = [c for c in asking_clauses(question) if any(d.name == ISSUED_YET for d in asked_details(c))] \
            if "发布日期" in facts else []
        if yet and not any(self.names.named(c) or self.short_names.named(c) for c in yet):
            facts = [f for f in facts if f != "发布日期"]
        # "携手行动什么时候结束": a short name is enough to name the policy whose field is asked
        # (not when it asks a figure of its own: "规划到期实际完成了多少" is not asking the end date)
        # (and "两版的发文单位分别是谁": the issuers, which the record's field lists)
        # (not "19个发文单位里有没有国家统计局": whether one is among them, which a partial list cannot settle)
        fields = (PERIOD, DEADLINE, EXPIRY, ISSUED_DAY, EFFECTIVE_DAY, DOC_NUMBER, ISSUED_YET, CHAPTERS) \
            + ((NAMES,) if "发布机关" in facts and not _MEMBER.search(question) else ())
        # ("个人信息保护法哪天施行？拒不改正罚多少": a clause asking only fields is answered from them, the rest from
        # the record's passages)
        by_name = named or (self.short_names.named(question) if facts and gap is None
                            and all(d.name in fields for c in asking_clauses(question) if asked_facts(c)
                                    for d in asked_details(c))
                            else set())
        # (a policy named by its title or 文号 is named whatever else the question points at: "《中小企业划型标准规定》
        # 的文号是什么？统计上用的那个划分办法文号又是多少")
        # ("划型标准新版啥时候出台": a new version of a record nothing has replaced it with is not that record)
        named_policies = [p for p in (self.kb.policy(d) for d in sorted(by_name))
                          if p is not None and not pointed_elsewhere(question, p.title, p.id in named, p.issued)
                          and not (_NEW_VERSION.search(question)
                                   and not any(o.superseded_by == p.id for o in self.kb.policies))]
        if facts and named_policies:
            told = self._facts_advice(asked, prof, named_policies, facts)
            # "19个发文单位里有没有国家统计局": a list the record gives only in part cannot say who is not on it
            if "发布机关" in facts and _MEMBER.search(question) and not any(
                    i in question for p in named_policies for i in p.issuer) and any(
                    p.issuers_total > len(p.issuer) for p in named_policies):
                return replace(told, confident=False, answer="没有找到完整的发文单位名单：记录只列出了部分发文单位，"
                               "不能确定您问的单位是否在其中，为避免误导，这里不作推测。\n" + told.answer)
            return told
        # "税务总局2026年第4号公告是几月几号发的": a document by a 文号 no record holds (a record may only mention it)
        unheld = sorted(k for k in doc_number_keys(question) if k not in self.names.by_number)
        if facts and unheld and not named:
            said = "、".join(f"{y}年第{n}号" for y, n in unheld)
            answer = (f"没有找到{said}这份文件：已收录的资料里没有它的记录，为避免误导，这里不作推测。"
                      "请查阅发文机关网站或向当地主管部门核实。")
            return Advice(asked, prof, answer, False, [])
        # "2024年第二批…的申报通知，文号是多少": a round's notice no record holds; the rounds recorded are no answer
        year = notice_year(question)
        if facts and year and not named and by_name:
            names = {p.id: cited_name(p) for p in self.kb.policies}
            recorded = "；".join(names[d] for d in sorted(by_name) if d in names)
            answer = (f"没有找到{year}年的那份通知：已收录的资料里没有它的记录，为避免误导，这里不作推测。"
                      f"请查阅发文机关网站或向当地主管部门核实。\n已收录的同一系列文件：{recorded}。")
            return Advice(asked, prof, answer, False, [])
        return None

    def _size_advice(self, question: str, prof: EnterpriseProfile) -> Advice | None:
        """"算不算微型企业" with the asker's numbers: the classifier's result and the rule it applied, cited to the
        standard's bound for that industry and size; the line telling 划型 from the tax terms, where the standard's
        record has one."""
        rows = self._doc_rows.get(SIZE_STANDARD, [])
        texts = [self.bundle.chunks[r].text for r in rows]
        # (the standard has no line for 大型: a large firm is one beyond the bounds of 中小微型)
        found = bound_sentence(texts, prof.size_group or "", "中小微型" if prof.size == "大型" else prof.size or "")
        if found is None:
            return None
        at, bound = found
        citations = [self._citation(1, self.bundle.chunks[rows[at]], 1.0, bound)]
        lines = [f"1. 按《{citations[0].title}》，您的企业属于{prof.size}企业：{prof.size_rule.rstrip('。')}。[1]",
                 f"2. 标准中的对应条目：{bound.rstrip('。')}。[1]"]
        # Which industry row applies is set by the main business, as the statistical version of the standard says;
        # and 划型 is not the tax terms.
        self._standard_lines(citations, lines, ((STATISTICAL_STANDARD, "主要经济活动"), (SIZE_STANDARD, "小型微利")))
        answer = "\n".join(["根据收录的划型标准：", *lines, "以上按您给出的人数和营业收入判断；数字变了请重新对照标准。"])
        return Advice(question, prof, answer, True, citations)

    def _bounds_advice(self, question: str, prof: EnterpriseProfile, sizes: tuple[str, ...],
                       statistical: bool) -> Advice | None:
        """"零售业多少人以下算小型企业": the standard's lines for the class and, above it, the class whose lower
        bounds are its upper ones, with the rule that reads them; the sentence nearest such a question is often
        the class's own lower bound, which does not answer "以下"."""
        rows = self._doc_rows.get(SIZE_STANDARD, [])
        texts = [self.bundle.chunks[r].text for r in rows]
        found = [f for size in sizes if (f := bound_sentence(texts, prof.size_group or "", size)) is not None]
        if len(found) < len(sizes):
            return None
        own = bound_sentence(texts, prof.size_group or "", prof.size) if prof.size and prof.size_rule else None
        citations: list[Citation] = []
        lines: list[str] = []

        def cite(at: int, bound: str) -> Citation:
            cited = next((c for c in citations if c.text == texts[at]), None)
            if cited is None:
                cited = self._citation(len(citations) + 1, self.bundle.chunks[rows[at]], 1.0, bound)
                citations.append(cited)
            return cited

        for at, bound in found:
            cited = cite(at, bound)
            lines.append(f"{len(lines) + 1}. 《{cited.title}》{bound.rstrip('。')}。[{cited.n}]")
        if own is not None:
            lines.append(f"{len(lines) + 1}. 按您给出的数字，您的企业属于{prof.size}企业：{prof.size_rule.rstrip('。')}。"
                         f"[{cite(*own).n}]")
        markers = [(SIZE_STANDARD, "往下降一档")] + [(SIZE_STANDARD, "数值一致"), (STATISTICAL_STANDARD, "主要经济活动")] \
            * statistical
        self._standard_lines(citations, lines, markers)
        answer = "\n".join(["根据收录的划型标准：", *lines, "以上摘自所引标准，划型以主管部门的解释为准。"])
        return Advice(question, prof, answer, True, citations)

    def _finance_size_advice(self, question: str, prof: EnterpriseProfile) -> Advice | None:
        """A financial firm's size class: the standard's line saying it does not apply to them, and no figures of
        its rows (a 小贷公司 is not classified by the wholesale row)."""
        citations: list[Citation] = []
        lines: list[str] = []
        self._standard_lines(citations, lines, ((SIZE_STANDARD, "金融业另有"),))
        if not citations:
            return None
        answer = "\n".join(["没有找到适用于金融业企业的划型数字：收录的划型标准不适用金融业，为避免误导，这里不作推测。", *lines,
                            "金融业企业的划型请查阅《金融业企业划型标准规定》原文，或咨询当地金融监管部门。"])
        return Advice(question, prof, answer, False, citations)

    def _standard_lines(self, citations: list[Citation], lines: list[str], markers) -> None:
        """Adds, for each (record, marker), the record's first quotable line holding the marker, cited."""
        for doc_id, marker in markers:
            found_line = next(((r, ln) for r in self._doc_rows.get(doc_id, [])
                               for ln in self.bundle.chunks[r].text.splitlines() if marker in ln and is_quotable(ln)), None)
            if found_line is not None:
                cited = self._citation(len(citations) + 1, self.bundle.chunks[found_line[0]], 1.0, found_line[1])
                citations.append(cited)
                source = f"《{cited.title}》：" if doc_id != SIZE_STANDARD else ""
                lines.append(f"{len(lines) + 1}. {source}{found_line[1].rstrip('。')}。[{cited.n}]")

    def _successor_advice(self, question: str, prof: EnterpriseProfile, line: Lineage) -> Advice:
        """"还有下一轮吗", "出新版了没": the later record the corpus links to the one asked about, cited to its
        summary; or, when it links none, that it holds none (not confident: the corpus cannot say that nothing
        newer exists), with the record asked about cited as a pointer."""
        names = {p.id: cited_name(p) for p in self.kb.policies}
        subject = self.kb.policy(line.subject)
        status = ("状态：", "有效期至")
        if line.later is None:
            if subject is not None:  # asked past a year, the newest of the line is the one to point at
                shown = line.latest if line.after is not None and line.latest is not None else subject
                head = self._field_citation(1, shown.id, status)
                gist = (f"这方面最新的是{names[shown.id]}，没有写明{line.after}年以后的安排" if line.after is not None
                        else f"{names[shown.id]}之后没有更新的版本或下一轮")
                said = f"{names[shown.id]}的{fact_lines(shown, ['状态'], names)[0]}"
            else:  # a case or a statistic: one version, of its own year
                head = self._field_citation(1, line.subject, ("。",))
                gist = f"“{head.title}”只有记录中的这一版数据，没有更新的数据"
                said = f"{head.title}：{head.quote.rstrip('。')}"
            answer = "\n".join([f"没有找到您问的新版本或下一轮：已收录的资料里，{gist}，为避免误导，这里不作推测。"
                                 "请关注发文机关或数据发布方的最新发布。", "相关的资料（不是答案，仅供查阅）：", f"1. {said}。[1]"])
            return Advice(question, prof, answer, False, [head])
        summary = self._row_under(line.later.id)
        rows = self._doc_rows[line.later.id]
        chunk = self.bundle.chunks[summary if summary is not None else rows[0]]
        first = next((t for t in chunk.text.splitlines() if is_quotable(t)), chunk.text.splitlines()[0])
        later = self._citation(1, chunk, 1.0, first)
        assert subject is not None  # only a policy has a later version
        head = self._field_citation(2, line.subject, status)
        how = "取代" if subject.superseded_by == line.later.id else "接续"
        matches = {m.policy: m for m in self._matches(prof)}
        policies = [self._policy_entry(line.later, matches[line.later.id], 1.0)] \
            if line.later.id in matches and matches[line.later.id].current else []
        answer = "\n".join(["根据收录的政策记录：",
                             f"1. {names[line.subject]}之后，有{names[line.later.id]}{how}它：{first.rstrip('。')}。[1]",
                             f"2. {names[line.subject]}的{fact_lines(subject, ['状态'], names)[0]}。[2]",
                             "以上取自记录的发文信息，以发文机关公布的原文为准。"])
        return Advice(question, prof, answer, True, [later, head], policies)

    def _facts_advice(self, question: str, prof: EnterpriseProfile, named: list, facts: list[str]) -> Advice:
        """The asked fields of the policies the question names, cited to the record head stating them; a
        version the named one replaced is mentioned, since both go by the same title."""
        names = {p.id: cited_name(p) for p in self.kb.policies}
        matches = {m.policy: m for m in self._matches(prof)}
        citations, lines, policies = [], [], []
        day = asks_day(question)
        # the head's first line holds the title and 文号, the next the issuer, dates and status
        markers = () if facts == ["文号"] else ("有效期至",) if facts == ["有效期"] else ("发布机关",)
        # (what replaced it is told with the status: "还能用吗 被哪个文件替了")
        # (nor "一共几个" beside the issuers: their line counts them)
        rest = [c for c in asking_clauses(question)
                if not asked_facts(c) and not ("状态" in facts and _REPLACED_ASK.search(c))
                and not ("发布机关" in facts and _HOW_MANY.match(c))]
        rest_told, untold = False, []
        for p in named:
            citations.append(self._field_citation(len(citations) + 1, p.id, markers))
            lines.append(f"{len(lines) + 1}. 《{p.title}》：{'；'.join(fact_lines(p, facts, names, day))}。[{len(citations)}]")
            # "什么时候施行？同时废止了哪个条例": the rest is for the record's passages to tell, clause by clause
            unsaid = []
            for clause in rest:
                line, said = self._rest_of_question(clause, p.id, citations)
                if not said:
                    unsaid.append(clause)
                elif line not in lines:
                    lines.append(line)
                rest_told = rest_told or said
            if unsaid:
                lines.append(_unsaid_line("，".join(unsaid)))
                untold += unsaid
            lines += [f"   此前的{names[old.id]}已被它取代。" for old in self.kb.policies if old.superseded_by == p.id]
            if "状态" in facts and p.superseded_by and self.kb.policy(p.superseded_by) is not None:
                # the version in force is what the asker needs next
                later = p.superseded_by
                citations.append(self._field_citation(len(citations) + 1, later, ("发布机关",)))
                lines.append(f"   现行的是{names[later]}。[{len(citations)}]")
                if later in matches and matches[later].current:
                    policies.append(self._policy_entry(self.kb.policy(later), matches[later], 1.0))
            if p.id in matches and matches[p.id].current:
                policies.append(self._policy_entry(p, matches[p.id], 1.0))
        answer = "\n".join(["根据收录的政策记录：", *lines, "以上取自记录的发文信息，以发文机关公布的原文为准。"])
        # a record that leaves every asked field empty answers nothing, unless a passage tells the rest of the
        # question ("有效期几年？期满如何复核": neither said, nothing is answered)
        # ("哪天施行？拒不改正罚多少": a field told and the detail asked beside it not is a half answer, not a
        # confident one)
        told = (rest_told or any(not field_missing(p, f, day) for p in named for f in facts)) \
            and not any(asked_about(c) for c in untold)
        return Advice(question, prof, answer, told, citations, policies)

    def _place_advice(self, question: str, prof: EnterpriseProfile, places: list[tuple[str, str]]) -> Advice:
        """"灵山县归哪个市管": the 地区 field of each case record whose place is asked, cited to its head."""
        citations, lines = [], []
        # "灵山县归哪个市管？那边荔枝种了多少亩": the rest is for the record's passages to tell
        # (a clause the asking needs is not the rest: "晋江是县级市吧？它属于福建哪个地级市")
        rest = "，".join(c for c in asking_clauses(question) if not places_asked(c, places)
                        and places_asked(question.replace(c, ""), places))
        for doc_id, region in places:
            citations.append(self._field_citation(len(citations) + 1, doc_id, ("地区：",)))
            lines.append(f"{len(lines) + 1}. {citations[-1].title}：地区为{region}。[{len(citations)}]")
            if rest:
                lines.append(self._rest_of_question(rest, doc_id, citations, "案例记录的地区信息")[0])
        answer = "\n".join(["根据收录的案例记录：", *lines, "地区取自案例记录；行政区划以民政部门公布的为准。"])
        return Advice(question, prof, answer, True, citations)

    def _cases_in_place_advice(self, question: str, prof: EnterpriseProfile, place: str,
                               located: list[tuple[str, str]]) -> Advice:
        """"福建有哪些数实融合案例": the case records whose 地区 field lies in the place, each cited to its head;
        cases whose records name no 地区 cannot be placed, and the answer says so."""
        citations, lines = [], []
        for doc_id, region in located:
            citations.append(self._field_citation(len(citations) + 1, doc_id, ("地区：",)))
            lines.append(f"{len(lines) + 1}. {citations[-1].title}（地区：{region}）。[{len(citations)}]")
        unplaced = sum(1 for c in self.kb.cases if not c.region)
        answer = "\n".join([f"收录的案例中，地区在{place}的有{len(located)}个：", *lines,
                             f"另有{unplaced}个案例的记录没有写明地区，不在此列；地区取自案例记录。"])
        cases = [{"id": d, "title": c.title, "why": f"地区：{r}"} for d, r in located if (c := self.kb.case(d))]
        return Advice(question, prof, answer, True, citations, cases=cases)

    def _capability_unsaid(self, question: str, prof: EnterpriseProfile, tool) -> Advice | None:
        """"进销存能不能做多单位换算": a capability asked of the named category that its record names no word of is
        not told by the record (a catalogue line says what such tools commonly do, not what one cannot); the
        record's line of what it does stands as a pointer. None when every capability asked is named there."""
        asking = asking_clauses(question)
        caps = [frozenset(w for w in asked_capability(c) if w not in tool.name) for c in asking]  # ("考勤软件" names it)
        rows = self._doc_rows.get(tool.id, [])
        if not asking or not all(caps) or not rows:
            return None
        # (not the line of industries it suits: "信息技术服务业" names no 服务器)
        text = "\n".join(ln for r in rows for ln in self.bundle.chunks[r].text.splitlines() if not ln.startswith("适合行业"))
        if any(w in text for ws in caps for w in ws):
            return None
        chunk = self.bundle.chunks[rows[0]]
        lines = [ln for ln in chunk.text.splitlines()[1:] if is_quotable(ln)]
        if not lines:
            return None
        cited = self._citation(1, chunk, 1.0, lines[1] if len(lines) > 1 else lines[0])
        answer = "\n".join([f"没有找到您问的功能：{tool.name}（数字化工具类别）的记录没有写到这一项，为避免误导，这里不作推测。"
                             "能否做到请向服务商确认，最好要求演示。", "相关的资料（不是答案，仅供查阅）：",
                             f"1. {tool.name}（数字化工具类别）：{cited.quote.rstrip('。')}。[1]"])
        return Advice(question, prof, answer, False, [cited])

    def _tool_facts_advice(self, question: str, prof: EnterpriseProfile, tool, facets: list[str],
                           peer: bool = False) -> Advice | None:
        """"OA审批有免费的吗": the named category's 费用方式 or 注意 line, cited; a figure asked that the line does not
        give ("MES大概多少钱": the catalogue gives how tools are charged, not prices) is said to be missing, and
        when it is all the question asks, the line stands as a pointer, not an answer. ``peer``: the question also
        asks for a peer who used such a tool, told by the linked case nearest the question (none: no answer)."""
        row = next(iter(self._doc_rows.get(tool.id, [])), None)
        chunk = self.bundle.chunks[row] if row is not None else None
        lines = facet_lines(chunk.text, facets) if chunk is not None else []
        if not lines:
            return None
        citations = [self._citation(1, chunk, 1.0, lines[0])]
        told = "；".join(line.rstrip("。；") for line in lines)
        points = [f"1. {tool.name}（数字化工具类别）{told}。[1]"]
        if peer:
            linked = self.kb.cases_for_saas(tool.id)
            if not linked:
                return None
            case = max(linked, key=lambda c: sum(w in question for w in (*c.keywords, *c.technologies)))
            citations.append(self._field_citation(2, case.id, (case.solution[:12],), "做法"))
            points.append(f"2. 同行案例：{case.title}：{case.solution.rstrip('。')}。[2]")
        composed = Composed(points, self._profile_line(prof))
        composed.not_stated = missing_details(question, lines)
        if composed.not_stated:
            composed.notes.append(not_stated_note(composed.not_stated))
        if composed.misses_the_ask(question):
            return Advice(question, prof, composed.partial_text(), False, citations)
        if composed.leaves_out(question):  # the rest of the question may be for other records to answer
            return None
        return Advice(question, prof, composed.text(), True, citations,
                      saas=[{"id": tool.id, "name": tool.name, "why": "您问到的工具类别。" + tool.solves,
                             "example_case": (ex.title if (ex := self._example_case(tool)) else None)}])

    def _rest_of_question(self, rest: str, doc_id: str, citations: list[Citation],
                          told: str = "记录的发文信息") -> tuple[str, bool]:
        """The record's sentence sharing most words with what the question asks beyond its fields (``told``), cited,
        when it states the details asked; otherwise where to look ("一共几章几条"). With whether a sentence told it."""
        wanted = asked_about(rest)
        # a detail that needs no shared word ("一共几章几条": "共9章78条") is told by any sentence stating it
        exact = bool(wanted) and all(a.detail.exact for a in wanted)
        for r in self._doc_rows.get(doc_id, []):
            chunk = self.bundle.chunks[r]
            # (the closest sentence may not state it while the next closest does: "拒不改正的并处100万元以下罚款")
            found = [t for t in best_sentences(rest, chunk.text, limit=6, min_overlap=2)
                     if all(a.stated_in(t) for a in wanted)][:1]
            if not found and exact:
                found = [t for t in (chunk.text[s:e].strip() for s, e in sentence_spans(chunk.text))
                         if all(a.stated_in(t) for a in wanted)][:1]
            if found:
                # (one sentence telling two clauses is cited once: "分批支持约100个城市…带动4万多家")
                cited = next((c for c in citations if c.quote == found[0]), None)
                if cited is None:
                    citations.append(cited := self._citation(len(citations) + 1, chunk, 1.0, found[0]))
                return f"   另：{found[0].rstrip('。；')}。[{cited.n}]", True
        # (no sentence shares its words: that is no proof the record is silent, so the answer says only where to look)
        return _unsaid_line(rest, told), False

    def _coverage_advice(self, question: str, prof: EnterpriseProfile) -> Advice:
        """Which industries and provinces the current policies reach, each narrow or local policy cited to the
        passage stating whom it is for."""
        points, grounds = coverage_points(coverage(self.store))
        citations: list[Citation] = []
        cited: dict[str, int] = {}
        lines = []
        for i, (point, pols) in enumerate(zip(points, grounds, strict=True), 1):
            for p in pols:
                if p not in cited:
                    citations.append(self._field_citation(len(citations) + 1, p, ("行业：", "地区："), "适用对象"))
                    cited[p] = len(citations)
            lines.append(f"{i}. {point}" + "".join(f"[{cited[p]}]" for p in pols))
        answer = "\n".join(["按已收录的现行政策（不含已失效、被取代和已过有效期的）的适用对象统计：", *lines,
                              "按支持方式、企业规模细分的行业×省份缺口，见「政策覆盖」页或 sme-advisor coverage。"])
        return Advice(question, prof, answer, True, citations)

    def _support_list_advice(self, question: str, prof: EnterpriseProfile, kinds: frozenset[str]) -> Advice:
        """"现在还有效的税收优惠有哪些": every current policy whose record gives that kind of support, each cited
        to its summary."""
        matches = {m.policy: m for m in self._matches(prof)}
        found = giving(self.kb.policies, kinds, {pid for pid, m in matches.items() if m.current})
        citations, lines, policies = [], [], []
        for p in found:
            row = self._row_under(p.id)
            if row is None:
                continue
            chunk = self.bundle.chunks[row]
            # the summary's opening, a second sentence too when the first only dates it ("2023年8月发布…")
            opening = quotable_sentences(chunk.text)[:2]
            summary = opening[0] if opening and len(opening[0]) >= 40 else "".join(opening) or p.summary
            citations.append(self._citation(len(citations) + 1, chunk, 1.0, summary))
            lines.append(f"{len(lines) + 1}. {cited_name(p)}：{summary.rstrip('。；')}。[{len(citations)}]")
            policies.append(self._policy_entry(p, matches[p.id], 1.0))
        label = "、".join(sorted(kinds))
        if not lines:
            return Advice(question, prof, f"已收录的现行政策中，没有记录标注为提供{label}的。" + refusal(question, prof.missing),
                          False, [])
        answer = "\n".join([f"已收录的现行政策中，记录标注为提供{label}的有 {len(lines)} 项：", *lines,
                              "说明：不含已失效、被取代和已过有效期的政策；地方政策只收录了部分省市，"
                              "是否适用您的企业还要看各项的适用条件。"])
        return Advice(question, prof, answer, True, citations, policies)

    def _expiry_advice(self, question: str, prof: EnterpriseProfile, window: Window, limit: int = 10) -> Advice:
        """"哪些政策明年到期": the policies whose records give an end date (or a 失效 status) in the window, each
        cited to the passage stating it. The records that give no end date are said to be left out."""
        today = date.today()
        ending = ending_in(self.kb.policies, window, today)
        names = {p.id: cited_name(p) for p in self.kb.policies}
        dated = [p for p in self.kb.policies if p.expires or p.status == "失效"]
        shown = ending or sorted(dated, key=lambda p: p.expires or "")
        matches = {m.policy: m for m in self._matches(prof)}
        citations, lines, policies = [], [], []
        for p in shown[:limit]:
            citations.append(self._field_citation(len(citations) + 1, p.id, ("有效期至", "状态：")))
            lines.append(f"{len(lines) + 1}. {ending_line(p, names)}。[{len(citations)}]")
            if p.id in matches:
                policies.append(self._policy_entry(p, matches[p.id], 1.0))
        scope = (f"说明：只统计记录写明了有效期或已标为失效的政策（{len(dated)} 项）；其余政策的记录没有写明有效期，"
                 "请以发文机关的公告为准。")
        if ending:
            answer = "\n".join([f"已收录的政策中，{window.label}的：", *lines, scope])
            return Advice(question, prof, answer, True, citations, policies if not window.past else [])
        answer = "\n".join([f"已收录的政策中，没有记录写明{window.label}的政策。", scope,
                              "写明了有效期或状态的政策（仅供查阅）：", *lines])
        return Advice(question, prof, answer, False, citations)

    def _rank_items(self, hits: list[Hit], items, facets, related: str, limit: int) -> list[tuple[float, object, list[str]]]:
        """Score catalogue items by retrieval rank plus profile facets; keep those with enough evidence.

        ``facets(item, retrieved)`` yields (shared values, weight, per_value, reason); a facet adds ``weight`` per
        shared value when ``per_value`` is true, else once. ``retrieved``: the search found the item well enough
        to count.
        """
        rank = self._hit_rank(hits)
        top = max(rank.values(), default=1.0) or 1.0
        found = {item.id: rank.get(item.id, 0.0) / top * 3 for item in items}
        best = max(found.values(), default=0.0)
        scored = []
        for item in items:
            score = found[item.id]
            # Retrieved far below the best of its kind, an item stands only on the profile: a 五金厂 asking for
            # production software is not told traceability is "directly" what it asked for.
            if score and best >= 1.5 and score < best / 2:
                score = 0.0
            why = [related if score >= 1.5 else "与您的问题部分相关"] if score else []
            for shared, weight, per_value, reason in facets(item, bool(score)):
                if shared:
                    score += weight * (len(shared) if per_value else 1)
                    why.append(reason + "、".join(shared))
            if score >= 1.5:
                scored.append((score, item, why))
        scored.sort(key=lambda x: -x[0])
        return scored[:limit]

    def _saas(self, hits: list[Hit], prof: EnterpriseProfile, limit: int = 3,
              named_items: set[str] = frozenset()) -> list[dict]:
        def facets(s, _retrieved: bool):
            industry = [prof.industry_label or prof.industry] if prof.industry and prof.industry in s.industries else []
            return ((industry, 1.0, False, "常用于"), ([n for n in prof.needs if n in s.needs], 1.5, True, "能解决"),
                    ([prof.stage] if prof.stage and prof.stage in s.stages else [], 0.5, False, "适合阶段："))

        # A category made for one or two other trades is no advice to this one (a hotel PMS for a wire-harness
        # factory); the broader ones list typical users only, so they stay ("库存" is a restaurant's need too).
        items = [s for s in self.kb.saas if not prof.industry or len(s.industries) > 2 or "all" in s.industries
                 or prof.industry in s.industries or s.id in named_items]
        out = []
        for score, s, why in self._rank_items(hits, items, facets, "与您的问题直接相关", limit):
            example = self._example_case(s)
            out.append({"id": s.id, "name": s.name, "why": "；".join(why) + f"。{s.solves}",
                        "example_case": example.title if example else None, "score": round(score, 3)})
        return out

    def _example_case(self, s):
        """A case the records link to the category: one that shows that kind of tool in use. Shared needs are not
        enough (they made a restaurant's POS the example of MES and of HR software), so none when unlinked."""
        linked = self.kb.cases_for_saas(s.id)
        return linked[0] if linked else None

    def _cases(self, hits: list[Hit], prof: EnterpriseProfile, limit: int = 3) -> list[dict]:
        def facets(c, retrieved: bool):
            industry = [prof.industry_label or prof.industry] if prof.industry and c.industry == prof.industry else []
            # (a peer in the same province shares its market and conditions: a 百色 grower and 灵山's lychees; only
            # among peers the search found well, or a 福建 tea factory is shown 晋江's umbrellas for the province)
            province = [prof.province] if retrieved and prof.province and (c.region or "").startswith(prof.province) \
                else []
            return ((industry, 1.0, False, "同属"), ([n for n in prof.needs if n in c.needs], 1.0, True, "同样面对"),
                    ([t for t in prof.technologies if t in c.technologies], 0.5, False, "用到"),
                    (province, 0.5, False, "同在"))

        return [{"id": c.id, "title": c.title, "why": "；".join(why), "what_they_did": c.solution, "outcome": c.outcome,
                 "score": round(score, 3)} for score, c, why in self._rank_items(hits, self.kb.cases, facets,
                                                                                 "与您的问题相关", limit)]

