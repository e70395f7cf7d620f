"""Who says so and who did it: "according to", a reporting verb whose clause holds the figure,
the agent of the predicate, and the counted noun phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution_headlines import MAX_INVERTED_WORDS
from core.extract.body_names import appositive_name, inverted_document
from core.extract.claim_places import dateline_end
from core.extract.closing_reports import a_closing_clause, ends, report_circumstance
from core.extract.colon_labels import label_end, past_label, voiced_label
from core.extract.content_subjects import content_speaker
from core.extract.cues import cues
from core.extract.datelines import past_dateline
from core.extract.headline_kickers import a_kicker
from core.extract.headline_patients import headline_patient
from core.extract.incident_doers import (
    DOER_LABELS,
    a_persons_agent,
    a_town_subject,
    actor_candidates,
    an_attack,
    attack_doer,
    holds_an_agent,
    tells_a_harm,
)
from core.extract.incident_words import incident_noun
from core.extract.losses import subject_bereft
from core.extract.measures import CASUALTY_MEASURES, Reading, lexicon
from core.extract.nlp import negated
from core.extract.outlet_findings import a_report
from core.extract.passives import past_a_count
from core.extract.place_words import LOCATIVE_PREPS
from core.extract.quoted_sources import (
    a_pronoun,
    cited_speaker,
    document_speaker,
    quoted_speaker,
)
from core.extract.ranked_subjects import ranked_subject
from core.extract.record_sources import clause_named
from core.extract.recording_lands import place_records
from core.extract.reported_parts import reported_part
from core.extract.sentence_sources import named_document
from core.extract.shown_sources import reports
from core.extract.source_names import (
    np_text,
    ranked_holder,
    with_acronym,
    with_appositive_name,
)
from core.extract.speaker_places import fronted
from core.extract.statement_cues import (
    bracketed_voice,
    contrasting_voice,
)
from core.extract.stranded_sources import (
    last_named,
    names_someone,
    no_speaker_subject,
    opened_subject,
    participle_head,
    relative_object,
    says_its_own,
    semicolon_between,
    stray_closing_subject,
    with_stranded,
)
from core.extract.told_clauses import told_through
from core.extract.toll_givers import (
    ANNOUNCING_VERBS,
    GIVING_VERBS,
    RECORDING_VERBS,
    SETTING_VERBS,
    TOLL_VERBS,
    raised_by_deaths,
    toll_giver,
)
from core.ingest.outlets import is_news_outlet
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def reporting_verbs() -> frozenset[str]:
    """Verbs that introduce what someone says: the figure in their clausal complement is
    theirs. One vocabulary with attributed statements (rules/cues.json, core/extract/cues.py)."""
    return cues().attributing


def noun_phrase(noun: Token, *, exclude: Span | None = None) -> str:
    """The noun with its left modifiers ("Pakistan Army soldiers"), no numbers or articles,
    nor a dateline the parser hung on it ("TARNOW - Eleven people": "people")."""
    keep = []
    opening = dateline_end(noun.sent)
    for tok in noun.subtree:
        if tok.i > noun.i:
            break
        if tok.i < opening or (exclude is not None and exclude.start <= tok.i < exclude.end):
            continue
        if tok.dep_ in ("det", "nummod", "quantmod", "punct", "advmod", "predet", "poss", "case"):
            continue
        if tok.like_num and tok.i != noun.i:
            continue
        keep.append(tok)
    if all(t.i != noun.i for t in keep):
        keep.append(noun)
    text = " ".join(t.text for t in keep).replace(" - ", "-").replace(" -", "-")
    return text.strip(" '\"‘’“”")


def actor_of(reading: Reading) -> str | None:
    """Who did it: the subject or agent of the predicate ("by" of a measure noun), when it
    names an actor; a pronoun stands for the speaker of the clause around it."""
    anchor = reading.anchor
    if anchor is None or anchor.lemma_.lower() in GIVING_VERBS | SETTING_VERBS or (
        anchor.lemma_.lower() in reporting_verbs() and not tells_a_harm(anchor)
    ):
        # "authorities revised the toll to 19": who told it, no doer; nor the saying a
        # figure with no verb of its own hangs on ("40 were shot, six of them fatally, police
        # said")
        return None
    lex = lexicon()
    sent = anchor.sent
    dateline = dateline_end(sent)
    # "Tarvel District: Gunmen killed", "Army: Rebels killed 4": a label, no doer
    labelled = label_end(sent)  # asked once for the sentence the candidates stand in
    opening = max(dateline, labelled)
    bereft = reading.measure in CASUALTY_MEASURES and subject_bereft(anchor)
    # "KARACHI (Reuters) - Gunmen killed ...": where the report is filed from; "Guard held
    # over theft": the one held
    candidates = [
        cand
        for cand in actor_candidates(anchor, reading.noun, bereft=bereft)
        if cand.i >= opening and not headline_patient(cand, anchor)
    ]
    for cand in candidates:
        end = labelled if cand.sent.start == sent.start else label_end(cand.sent)
        if (voiced := voiced_label(cand, end)) is not None:
            return voiced  # "Tarn Front: Our fighters killed 30": the label's own deed
        if a_pronoun(cand.lower_):
            said = _said_clause(anchor)
            speaker = speaker_of(said.head) if said is not None else None
            if speaker:
                return speaker
            continue
        if (
            cand.lemma_.lower() in lex.toll_nouns
            or a_kicker(cand)
            or _a_recorder(cand, anchor)
            or a_town_subject(cand)
        ):
            # "the toll from a bombing at a police post climbed": a count, no doer; "The PNP
            # has recorded 18 incidents, leaving 11 dead": who counted them
            continue
        if an_attack(cand):  # "A Russian missile strike on X killed three": "Russian missile"
            doer = attack_doer(cand, after=dateline)
            if doer is not None:
                return doer
            continue
        if (
            cand.ent_type_ in DOER_LABELS
            or holds_an_agent(cand)
            or a_persons_agent(cand, anchor)
        ):
            return _without_scene(cand, past_label(cand, np_text(cand), end))
    return None


def _a_recorder(cand: Token, anchor: Token) -> bool:
    """The candidate is the subject of a verb of recording above the figure's own."""
    return cand.dep_ == "nsubj" and cand.head.i != anchor.i and (
        cand.head.lemma_.lower() in RECORDING_VERBS
    )


def _said_clause(anchor: Token) -> Token | None:
    """The clause of what was said the figure's verb (or the verb of its noun) stands in,
    through the verbs it is a conjunct of ("police said they raided 30 homes and arrested
    45": "raided"); None when it stands in none."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "ccomp" else None


_SCENE_PREPS = frozenset({"in", "at", "near"})


def _without_scene(doer: Token, text: str) -> str:
    """The doer's words less where and when it did it ("insurgents in Tarvel", "armed men on
    Thursday": the parser may hang the clause's time on its subject); a place it comes from
    stays ("militants from X"), as does a body named by its place ("Police in X"), unless it
    is a passive's agent ("killed by police in X"); nor the clause that tells what it did
    ("two men who stormed a shop": who they are is "two men")."""
    clause = next((c for c in doer.children if c.dep_ == "relcl" and c.i > doer.i), None)
    if clause is not None:
        text = text.split(f" {doer.doc[clause.left_edge.i].text} ", 1)[0].rstrip(" ,")
    for prep in doer.subtree:
        if prep.dep_ != "prep" or prep.i < doer.i:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        when = any(o.ent_type_ in ("DATE", "TIME") for o in objects)
        where = (
            prep.head.i == doer.i
            and prep.lower_ in _SCENE_PREPS
            # a name ("in Tarvel", "near Silger village", its name read as an adjective)
            and any(t.pos_ == "PROPN" or t.is_title for o in objects for t in o.subtree)
            # "Police in X" stays, not "shot dead by police in X, Y": where they shot
            and (doer.head.dep_ == "agent"
                 or doer.lemma_.lower() not in word_set("measures", "placed_forces"))
        )
        if when or where:  # the words before the phrase, the noun phrase cut short or not
            return text.split(f" {prep.text} {doer.doc[prep.i + 1].text}", 1)[0].rstrip(" ,")
    return text


def speaker_of(verb: Token) -> str | None:
    """Who reports: the active subject, or the agent of a passive ("were reported by police");
    a passive subject is what was reported, never the reporter."""
    dateline = dateline_end(verb.sent)
    # of two subjects, the nearer: "The officers fired 14 rounds — the autopsy found that …"
    for found in sorted(with_stranded(verb), key=lambda ch: abs(ch.i - verb.i)):
        child = past_dateline(found, verb) if found.dep_ == "nsubj" else found
        # a bare number names no one ("At least 50 reported injured")
        if (
            (found.dep_ == "nsubj" or opened_subject(found, verb))
            and (not a_pronoun(child.lower_) or clause_named(child))
            and child.i >= dateline
            and not child.like_num
            and not no_speaker_subject(child)
            and not relative_object(child)
        ):
            who = past_a_count(child)  # "kidnapped 40 worshippers, residents ... said"
            document = document_speaker(who)
            if document is None:
                return with_acronym(who, with_appositive_name(who, np_text(who)))
            # "the statement said": whose it is, ``source_anaphora`` reads off the report
            return document or (np_text(who) if named_document(who) else None)
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and not a_pronoun(obj.lower_):
                    return with_appositive_name(obj, np_text(obj))
    head = participle_head(verb)  # "…, saying its men shot 15 guards": the front's
    return (
        _stranded_subject(verb)
        or (speaker_of(head) if head is not None else None)
        or inverted_document(verb)  # "…, shows data compiled by KPW."
    )


def _stranded_subject(verb: Token) -> str | None:
    """ "…, the governor of Kessa, Amir Nadi, told ISNA": a closing report whose subject the
    parser hung on a noun of the clause before it, as an apposition ending right before
    the verb or as a conjunct of the clause's last object."""
    dateline = dateline_end(verb.sent)
    # "PESHAWAR: …, the Gazette reported": the parser may make the dateline the subject
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i >= dateline and not no_speaker_subject(c)
        for c in verb.children
    ):
        return None
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    c = cues()
    said = any(ch.dep_ == "ccomp" and ch.i > verb.i for ch in verb.children)
    for clause in verb.children if said else ():
        # "Sources privy to the talks said …": the parser made the speaker a clause
        subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        if (
            clause.dep_ == "ccomp"
            and clause.right_edge.i == before
            and subj is not None
            and subj.lemma_.lower() in c.person_nouns | c.institution_nouns
            and before - clause.left_edge.i < MAX_INVERTED_WORDS
        ):
            return verb.doc[clause.left_edge.i : before + 1].text
    # the innermost apposition first: "in Nyala, the capital of X, a local committee said"
    for tok in reversed(verb.doc[verb.sent.start : before + 1]):
        if (
            tok.dep_ == "appos"
            and tok.right_edge.i == before
            # "OUAGADOUGOU (AFP) – Gunmen killed 16 …, an official told AFP": the lead's
            # clause the parser hung on the dateline's town names no speaker
            and dateline <= tok.head.i < tok.i
            and tok.pos_ in ("NOUN", "PROPN")
            and names_someone(tok)
        ):
            # "…, a think tank, KPW, said": the name beside it; no place the clause ends on
            return ranked_holder(tok) or appositive_name(
                tok, heads=tok.head.dep_ != "pobj") or np_text(last_named(tok))
    # "…, wounding 30 others, police and medical sources said": joined to the object before
    told_before = any(ch.dep_ == "ccomp" and ch.i < verb.i for ch in verb.children)
    return stray_closing_subject(verb) if told_before else None


def recorder(anchor: Token) -> str | None:
    """Who records the figure as the object of their own verb ("the hospital put the toll
    at 5", "police confirmed 7 deaths", "the toll was revised to 19 by the civil defence"), or
    hands out the figure its subject is ("the toll, given by the ministry, stood at 34"):
    that source before any the sentence frames it with."""
    lemma = anchor.lemma_.lower()
    if lemma in RECORDING_VERBS or (lemma in TOLL_VERBS and _records_toll(anchor)):
        if negated(anchor) or ranked_subject(anchor) or place_records(anchor):
            return None  # "Tarn reported five of these incidents": where, not who says
        return cited_speaker(anchor) or speaker_of(anchor)
    giver = toll_giver(anchor)
    if giver is not None:
        return speaker_of(giver)
    for subject in (anchor, *anchor.children):
        own = subject.i == anchor.i and anchor.pos_ == "NOUN"  # "eight deaths reported by X"
        words = {subject.lemma_.lower(), subject.lower_}
        if not own and (subject.dep_ not in ("nsubj", "nsubjpass") or not words & (
            cues().figure_objects | cues().document_nouns
        )):
            continue  # "the suspects, released by the court, ...": people, not a figure
        for given in subject.children:
            if (
                given.dep_ == "acl"
                and given.lemma_.lower() in (ANNOUNCING_VERBS if own else GIVING_VERBS)
                and any(c.dep_ == "agent" for c in given.children)
            ):
                return speaker_of(given)
    return None


def _records_toll(verb: Token) -> bool:
    """The verb's object is a toll or a count ("revised the toll", "the toll was raised"), and
    its subject no incident or deaths that moved it ("the blast raised the toll to five")."""
    if raised_by_deaths(verb) or any(c.dep_ == "nsubj" and incident_noun(c) for c in verb.children):
        return False
    objs = cues().figure_objects
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objs for c in verb.children)


def reporter(anchor: Token) -> str | None:
    """The outermost reporting verb whose clause holds the figure, and its subject."""
    node = anchor
    # The figure itself may be the object of a recording verb: "reported the deaths of 127",
    # or what a report says ("..., families say 27": a figure read by ellipsis)
    own = anchor.lemma_.lower() in RECORDING_VERBS or said_itself(anchor)
    speaker = speaker_of(anchor) if own else None
    while node.head.i != node.i:
        parent = node.head
        if speaker is not None and _another_report(node, parent):
            break  # "Police say 5 shot dead; villagers allege ...": each its own report
        lemma = parent.lemma_.lower()
        closing = content_speaker(node, parent, anchor)  # "A quake killed four, the X said"
        told = closing is not None or (
            reported_part(node, parent)
            or _document_content(node, anchor)
            or _hung_on_dateline(node, anchor)
            or _speaker_relative(node, parent, anchor)
            or told_through(node, parent, anchor)  # "told WKRT 7 News the man was held"
        )
        if told and a_report(parent, reporting_verbs()) and not place_records(parent):
            if negated(parent):
                return None  # "police did not say whether 3 were held": no one vouches for it
            # "AP reported that 9 were killed, citing officials": the parser may hang the
            # citing on the reported clause
            cited = cited_speaker(parent) or (
                cited_speaker(node) if node.dep_ == "ccomp" else None
            )
            said_by = np_text(closing) if closing is not None else speaker_of(parent)
            speaker = _outer(speaker, cited or said_by)
            if speaker is not None and (contrasting_voice(parent) or bracketed_voice(parent)):
                return speaker  # "…, while the rebels claimed to have killed 20": theirs
        # "confirmed the deaths of 12", "the deaths of 12 were confirmed by the company"
        # "announced the arrest of five": the figure's own happening is what was announced
        own = node.i == anchor.i and node.pos_ == "NOUN"
        toll = lemma in TOLL_VERBS and (own or node.lemma_.lower() in cues().figure_objects)
        if (lemma in RECORDING_VERBS or toll) and node.dep_ in ("dobj", "nsubjpass") and not (
            place_records(parent)  # "the country recorded 700 attacks": where, not who
        ):
            if negated(parent):
                return None
            speaker = _outer(speaker, speaker_of(parent))
        if lemma == "quote" and node.dep_ in ("ccomp", "parataxis"):
            speaker = quoted_speaker(parent) or speaker
        if _kept_to(node, parent):  # "…; the agency stands by 11": its own count
            speaker = _outer(speaker, speaker_of(parent))
        node = parent
    # "..., police said." parses with the report as the root and the content as ccomp.
    return speaker or _trailing_reporter(node, anchor)


def _speaker_relative(speaker: Token, verb: Token, anchor: Token) -> bool:
    """ "'It was a slaughter,' said Omar Haddad, whose brother and two nephews were among the
    dead": a relative clause on the speaker named after the report tells what the speaker
    says of themself (not "The man, who killed 3, told police ...": the report's own)."""
    return speaker.dep_ == "nsubj" and speaker.i > verb.i and any(
        c.dep_ == "relcl" and c.left_edge.i <= anchor.i <= c.right_edge.i
        for c in speaker.children
    )


def _hung_on_dateline(node: Token, anchor: Token) -> bool:
    """ "MAIDUGURI (Reuters) – A bomber killed 12 at a mosque, a militia leader said": the
    parser may hang the lead's clause on the dateline's town and the town on the closing
    report. The dateline is no part of the sentence: what hangs on it is what is said."""
    return node.i < dateline_end(node.sent) <= anchor.i


def _document_content(prep: Token, anchor: Token) -> bool:
    """ "ISPR said in a statement that troops had killed 20", "he said in a post on X that
    …": the parser may hang the reported clause on the document noun; the figure in that
    clause is what the report says (not one in "a statement issued after 20 died")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "through", "via"):
        return False
    documents = cues().document_nouns
    return any(
        clause.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        and clause.left_edge.i <= anchor.i <= clause.right_edge.i
        for obj in prep.children
        if obj.dep_ == "pobj" and {obj.lemma_.lower(), obj.lower_} & documents
        for clause in obj.children
    )


def _outer(inner: str | None, outer: str | None) -> str | None:
    """The outer report's source wins ("police said … officers told them 3 died"), but an
    outlet only carries a source it names ("the ministry said 9 were held, Radio X reported")."""
    if outer is None:
        return inner
    if inner is not None and is_news_outlet(outer) and not is_news_outlet(inner):
        return inner
    return outer


def _own_content(verb: Token, child: Token) -> bool:
    """What a report says after it ("police said nothing", "said they were looking"); "tell"
    and "quote" take whom they tell or quote as their object."""
    if child.i < verb.i:
        return False
    # "…, the ministry said (on Tuesday), up from 32 reported earlier": after a comma, a
    # clause with no subject of its own is an afterthought, not what was said
    if any(t.text == "," for t in verb.doc[verb.i + 1 : child.left_edge.i]) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children
    ):
        return False
    return child.dep_ in ("ccomp", "xcomp") or (
        child.dep_ == "dobj" and verb.lemma_ not in ("tell", "quote")
    )


def _trailing_reporter(root: Token, anchor: Token) -> str | None:
    """ "Two women died on the spot, and a man died later, officials told WXYZ": the parser
    may make the closing report a conjunct of the root; with no content of its own and
    nothing after it, it frames the whole sentence."""
    sent_end = root.sent.end
    for child in root.children:
        if (
            child.dep_ in ("conj", "parataxis")
            and child.i > anchor.i
            and (child.lemma_.lower() in reporting_verbs() or child.lemma_ == "quote")
            and reports(child)
            and not any(_own_content(child, c) for c in child.children)
            and all(t.is_punct for t in root.doc[child.right_edge.i + 1 : sent_end])
        ):
            quoted = child.lemma_ == "quote"
            if quoted:
                return quoted_speaker(child)
            return speaker_of(child) or stray_closing_subject(child)
        if child.dep_ in ("conj", "parataxis") and child.i > anchor.i:
            shown = inverted_document(child)
            if shown:
                return shown
    return _closing_report(root, anchor)


def _closing_report(root: Token, anchor: Token) -> str | None:
    """ "..., killing two and injuring five others, police and hospital sources informed": a
    report with no object that ends the sentence after a comma, with a subject of its own,
    frames the whole sentence even when the parser hung it on a clause inside; or made the
    clause's count its subject ("... killed 17 farmers in X, a militia leader said")."""
    sent = root.sent
    last = next((t for t in reversed(sent) if t.lemma_.lower() in reporting_verbs()), None)
    if last is not None and a_closing_clause(last, anchor):
        return stray_closing_subject(last)
    subject = next((c for c in last.children if c.dep_ == "nsubj"), None) if last else None
    count_taken = subject is not None and past_a_count(subject) is not subject
    # "Officers found them on X Place, Maj. Ann Roe told reporters": the parser may make a
    # closing report after a comma the content of the clause before
    after_comma = subject is not None and sent.doc[max(subject.left_edge.i - 1, 0)].text == ","
    closing = count_taken or after_comma
    if (
        last is None
        or last.i <= anchor.i
        # "In X's capital Y, a crash killed 17, Mayor Z told the BBC": the parser may hang a
        # fronted phrase, and the lead with it, on the closing report made the root; or make
        # the report a relative clause of the noun before ("arrested 9 suspects over ...,
        # Interior Secretary X said")
        or last.dep_ not in (
            "conj", "advcl", "parataxis",
            *(("ccomp",) if closing else ()), *(("ROOT", "relcl") if after_comma else ()),
        )
        or not (ends(last) or (after_comma and _set_off(last)))
        or any(c.i > last.i and not report_circumstance(c) for c in last.children)
        or not reports(last)
        or (last.dep_ == "ROOT" and not _fronted_lead(last, anchor))
    ):
        return None
    if subject is None:
        return stray_closing_subject(last)
    return speaker_of(last) if closing else None


def _fronted_lead(root: Token, anchor: Token) -> bool:
    """The figure hangs on the root report through a phrase before its subject, the parse of
    a lead that opens on its scene ("In X, a crash killed 17, the mayor told the BBC"); a
    clause the report says is judged as such on the way up."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in LOCATIVE_PREPS  # "Following the crash that killed 17, ...": no lead
        and c.left_edge.i <= anchor.i <= c.right_edge.i
        and fronted(c, root)  # the scene ``speaker_places`` reads the same phrase as
        for c in root.children
    )


def _set_off(report: Token) -> bool:
    """ "The fire left 38 dead, the minister said, most of them trapped in their cells": a
    report between commas in mid-sentence frames what comes before it, as a closing one does."""
    after = report.right_edge.i + 1
    return report.doc[report.right_edge.i].text == "," or (
        after < report.sent.end and report.doc[after].text == ","
    )


def _another_report(clause: Token, verb: Token) -> bool:
    """The report holding the figure is a report of its own beside ``verb``, not what it
    says: a semicolon between them, or the verb's own content after it."""
    return semicolon_between(clause, verb) or says_its_own(clause, verb)


def _kept_to(prep: Token, verb: Token) -> bool:
    """The figure is what the verb's subject keeps to as its count ("stands by 11", "sticks
    to its toll of 9"; ``keeping_verbs``), not one it gives up nor people it stays with."""
    c = cues()
    particle = c.keeping.get(verb.lemma_.lower())
    if prep.dep_ != "prep" or prep.lower_ != particle or negated(verb):
        return False
    # a bare figure, or a count its subject owns ("its toll"), not "stood by the 4 bodies"
    return any(
        o.dep_ == "pobj"
        and (o.like_num or any(d.lower_ in c.possessives for d in o.children if d.dep_ == "poss"))
        for o in prep.children
    )


def said_itself(verb: Token) -> bool:
    """A report whose own object is the figure read on it ("..., families say 27"), not
    one denied ("police did not say 3")."""
    return verb.lemma_.lower() in reporting_verbs() and reports(verb) and not negated(verb)
