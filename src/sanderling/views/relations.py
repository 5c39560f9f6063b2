"""Alignments stated in the text: "backed by Russia and the UAE", "an ally of Haftar", "X backs Y".

These are relations, not events: they feed the actor network alongside events."""
from __future__ import annotations

from ..records import Mention

SUPPORT_VERBS = {"back", "support", "arm", "fund", "sponsor", "ally"}
OPPOSE_VERBS = {"oppose", "fight", "attack", "confront", "battle"}


def explicit_relations(doc, mentions: list[Mention]) -> list[tuple[str, str, str, str]]:
    from ..events.roles import MentionIndex, np_actors
    index = MentionIndex(mentions)
    out: list[tuple[str, str, str, str]] = []
    for sent in doc.sents:
        for tok in sent:
            lem = tok.lemma_.lower()
            # "X, backed by A and B" / "backed by A": A supports X
            if lem in SUPPORT_VERBS and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "appos", "relcl", "ROOT", "advcl"):
                agents = [c for c in tok.children if c.dep_ == "agent"]
                supporters = []
                for ag in agents:
                    for o in ag.children:
                        if o.dep_ == "pobj":
                            supporters.extend(np_actors(o, index))
                supported = np_actors(tok.head, index) if tok.dep_ in ("acl", "amod", "relcl", "appos") else []
                for s in supporters:
                    for t in supported:
                        if s.actor.id != t.actor.id:
                            out.append((s.actor.id, "supports", t.actor.id, sent.text))
            # "A backs B", "A supports B" (present or past, active)
            elif lem in SUPPORT_VERBS | OPPOSE_VERBS and tok.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in tok.children):
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                obj = [c for c in tok.children if c.dep_ == "dobj"]
                if subj and obj:
                    rel = "supports" if lem in SUPPORT_VERBS else "opposes"
                    for s in np_actors(subj[0], index):
                        for t in np_actors(obj[0], index):
                            if s.actor.id != t.actor.id:
                                out.append((s.actor.id, rel, t.actor.id, sent.text))
            # "an ally of X": the subject of the copula supports X
            elif lem == "ally" and tok.pos_ == "NOUN":
                of = [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                head = tok.head
                subj = [c for c in head.children if c.dep_ == "nsubj"] if tok.dep_ == "attr" else []
                if tok.dep_ == "appos":
                    subj = [head]
                for s_tok in subj:
                    for o in of:
                        for s in np_actors(s_tok, index):
                            for t in np_actors(o, index):
                                if s.actor.id != t.actor.id:
                                    out.append((s.actor.id, "supports", t.actor.id, sent.text))
    return out
