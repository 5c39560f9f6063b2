"""Alignments stated in the text: who supports or opposes whom.

Patterns (dependency parse + resolved actor mentions):
- passive participle with an agent: "Haftar, backed by Russia and the UAE", "Haftar's forces - backed by
  Egypt, Russia, and the UAE -", "Haftar who is supported by Russia", "the general, backed by ...";
- active verb: "Turkey, as well as Qatar, backs the GNA", "Egypt, which backs Haftar", "X, which opposes Y"
  (a relative pronoun stands for its antecedent; an antecedent that is a place inside a prepositional
  phrase, "the GNA in Tripoli, which ...", climbs to the noun the phrase modifies);
- hyphenated modifier: "the Turkish-backed government", "Russian-backed forces" (the supporter is the
  mention before the hyphen, or the country of a nationality adjective);
- ally nouns: "the Parliament is an ally of Marshal Khalifa Haftar", "X, an ally of Y", "X's allies";
- "fighting for Haftar", "fighting on the side of the GNA": the fighters support Haftar;
- rivals listed: "two rival authorities: the GNA and Haftar's allies in Benghazi", "rival governments, X
  and Y": each listed side opposes the others.

Negated statements ("does not support") are skipped. These are relations, not events: they feed the actor
network alongside events. Output: (a_id, "supports" | "opposes", b_id, sentence) tuples."""
from __future__ import annotations

from ..records import Mention

SUPPORT_VERBS = {"back", "support", "arm", "fund", "sponsor", "ally", "bankroll", "finance", "champion"}
OPPOSE_VERBS = {"oppose", "fight", "attack", "confront", "battle", "combat"}
RELATIVE = {"which", "who", "that", "whom"}
GROUP_NOUNS = {"force", "government", "militia", "group", "army", "fighter", "administration", "rebel", "troop",
               "faction", "authority", "camp", "coalition", "regime", "parliament", "mercenary", "proxy", "unit"}
ALLY_NOUNS = {"ally", "backer", "supporter", "patron", "sponsor"}
RIVAL_WORDS = {"rival", "warring", "competing", "feuding"}
LIST_OPENERS = {":", ",", "-", "–", "—", "("}


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children
                                                               if tok.dep_ in ("xcomp", "aux"))


def _nationality_ref(tok):
    """A nationality adjective ("Turkish") with no mention: the country's id, via the loaded KB."""
    from ..actors.kb import KnowledgeBase
    kb = KnowledgeBase._default
    if kb is None:
        return None
    iso = kb.nationality_of(tok.text)
    return iso if iso and kb.get(iso) is not None else None


def _kb_names(tok) -> list[str]:
    """Fallback for a proper name the mention finder left unresolved ("Haftar's forces - backed by ..."):
    an exact (not fuzzy) knowledge-base lookup of the name or of the noun's possessor."""
    from ..actors.kb import KnowledgeBase
    kb = KnowledgeBase._default
    if kb is None:
        return []
    cands = [tok] if tok.pos_ == "PROPN" else [c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    out = []
    for c in cands:
        parts = [x for x in c.subtree if x.dep_ == "compound" or x is c] if c.pos_ == "PROPN" else [c]
        name = " ".join(x.text for x in sorted(parts, key=lambda x: x.i))
        try:
            ref = kb.lookup(name, None, allow_fuzzy=False)
        except Exception:  # pragma: no cover - lookup is best effort here
            ref = None
        if ref is not None:
            out.append(ref.id)
    return out


def explicit_relations(doc, mentions: list[Mention]) -> list[tuple[str, str, str, str]]:
    from ..events.roles import MentionIndex, np_actors
    index = MentionIndex(mentions)
    out: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str, str]] = set()

    def ids(tok) -> list[str]:
        if tok is None:
            return []
        if tok.lower_ in RELATIVE:
            return antecedent_ids(tok)
        got = [m.actor.id for m in np_actors(tok, index)] or _kb_names(tok)
        for c in tok.conjuncts:   # "Egypt, Russia, and the United Arab Emirates": the whole chain
            got += [m.actor.id for m in np_actors(c, index)] or _kb_names(c)
        return list(dict.fromkeys(got))

    def antecedent_ids(tok) -> list[str]:
        verb = tok.head
        ante = verb.head if verb.dep_ in ("relcl", "acl") else None
        for _ in range(3):
            if ante is None:
                return []
            got = [m.actor.id for m in np_actors(ante, index)]
            if got:
                return got
            # "the GNA in Tripoli, which ...": climb out of the prepositional phrase
            if ante.dep_ == "pobj" and ante.head.dep_ == "prep":
                ante = ante.head.head
                if ante.pos_ in ("VERB", "AUX"):   # "backs the GNA in Tripoli, which": the verb's object
                    ante = next((c for c in ante.children if c.dep_ == "dobj"), None)
            else:
                return []
        return []

    def add(a_ids, rel, b_ids, sent):
        for a in a_ids:
            for b in b_ids:
                if a and b and a != b:
                    key = (a, rel, b, sent.text)
                    if key not in seen:
                        seen.add(key)
                        out.append(key)

    def rivals(tok, sent) -> list[str]:
        """The sides listed after "two rival authorities:" (or a comma/dash/bracket), one id per side."""
        noun = tok.head
        nxt = noun.i + 1
        # "rival authorities since 2016: ..." - a short adjunct may stand before the list
        while nxt < min(sent.end, noun.i + 6) and doc[nxt].text not in LIST_OPENERS and doc[nxt].pos_ not in ("VERB", "AUX"):
            nxt += 1
        if nxt >= sent.end or doc[nxt].text not in LIST_OPENERS:
            return []
        start = doc[nxt].idx
        got: list[str] = []
        for m in index.mentions:
            if m.start < start or m.start >= sent.end_char:
                continue
            if m.actor.kind == "state" or m.actor.id in got:
                continue
            got.append(m.actor.id)
        return got

    for sent in doc.sents:
        for tok in sent:
            lem = tok.lemma_.lower()
            if _negated(tok):
                continue
            if (lem in RIVAL_WORDS or tok.lower_ in RIVAL_WORDS) and tok.dep_ == "amod" and tok.head.tag_ == "NNS" \
                    and tok.head.lemma_.lower() in GROUP_NOUNS | {"side", "party", "faction", "administration"}:
                sides = rivals(tok, sent)
                if 2 <= len(sides) <= 3:
                    for i, a in enumerate(sides):
                        add([a], "opposes", sides[i + 1:], sent)
                continue
            # "X, backed by A and B" / "X who is supported by A": A supports X
            if lem in SUPPORT_VERBS and tok.tag_ == "VBN":
                agents = [o for ag in tok.children if ag.dep_ == "agent" for o in ag.children if o.dep_ == "pobj"]
                if agents:
                    supporters = [i for o in agents for i in ids(o)]
                    if tok.dep_ in ("acl", "amod", "relcl", "appos"):
                        supported = ids(tok.head)
                        if tok.dep_ == "relcl" and not supported:
                            supported = antecedent_ids(next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), tok))
                    else:
                        subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
                        if not subj and tok.dep_ in ("advcl", "conj", "ccomp"):
                            subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                        supported = [i for s in subj for i in ids(s)]
                    add(supporters, "supports", supported, sent)
                    continue
                # "the Turkish-backed government", "UN-backed", "Russian-backed forces"
                if tok.dep_ in ("amod", "compound") and tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") \
                        and (index.at(tok.head) is not None or tok.head.lemma_.lower() in GROUP_NOUNS):
                    left = doc[tok.i - 2]
                    m = index.at(left)
                    if m is not None and m.start <= tok.head.idx < m.end:
                        m = None          # one mention covers "the Saudi-backed government": the adjective names the backer
                    sup = [m.actor.id] if m is not None else ([x] if (x := _nationality_ref(left)) else [])
                    # the modified noun only, not its conjuncts ("the Houthis and the Saudi-backed government")
                    head_m = index.at(tok.head)
                    target = [head_m.actor.id] if head_m is not None and head_m.actor.id not in sup else []
                    add(sup, "supports", target, sent)
                    continue
            # "A backs B", "Egypt, which backs Haftar", "the GNA, which opposes Haftar"
            if lem in SUPPORT_VERBS | OPPOSE_VERBS and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" \
                    and not any(c.dep_ == "auxpass" for c in tok.children):
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if not subj and tok.dep_ == "conj":
                    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
                obj = [c for c in tok.children if c.dep_ == "dobj"]
                rel = "supports" if lem in SUPPORT_VERBS else "opposes"
                if subj and obj:
                    add([i for s in subj for i in ids(s)], rel, [i for o in obj for i in ids(o)], sent)
                # "mercenaries fighting for Haftar": support for the pobj of "for"
                if lem == "fight" and subj is not None:
                    for p in tok.children:
                        if p.dep_ == "prep" and p.lower_ == "for":
                            for o in p.children:
                                if o.dep_ == "pobj":
                                    fighters = [i for s in subj for i in ids(s)] or ids(tok.head if tok.dep_ in ("acl", "relcl") else None)
                                    add(fighters, "supports", ids(o), sent)
                continue
            if lem == "fight" and tok.tag_ == "VBG" and tok.dep_ in ("acl", "relcl"):
                for p in tok.children:
                    if p.dep_ == "prep" and p.lower_ == "for":
                        add(ids(tok.head), "supports", [i for o in p.children if o.dep_ == "pobj" for i in ids(o)], sent)
                continue
            # "an ally of X", "X, an ally of Y", "X's allies"
            if lem in ALLY_NOUNS and tok.pos_ == "NOUN":
                of = [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                poss = [c for c in tok.children if c.dep_ == "poss"]
                head = tok.head
                subj = []
                if tok.dep_ == "attr":
                    subj = [c for c in head.children if c.dep_ == "nsubj"]
                elif tok.dep_ == "appos":
                    subj = [head]
                targets = [i for o in of + poss for i in ids(o)]
                add([i for s in subj for i in ids(s)], "supports", targets, sent)
    return out
