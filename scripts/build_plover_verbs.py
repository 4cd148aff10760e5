#!/usr/bin/env python3
"""Build Sitrep's PLOVER verb lexicon from the PETRARCH2 CAMEO verb dictionary.

Reads (development data, never read at run time):
  <shared>/event-coding/petrarch2_CAMEO.2.0.txt   PETRARCH2 verb dictionary (MIT, © 2015 Open Event Data Alliance)
  <shared>/event-coding/CAMEO2PLOVER-2021.txt     CAMEO code -> PLOVER category (PLOVER, CC BY-SA 4.0)

Writes:
  data/lexicons/plover-verbs.tsv   forms pos plover cameo

How rows are derived
  * Every verb of every synset block ("---  NAME  [code]  ---") gets the block's code, or its own
    "[code]" where the verb line carries one.  That is PETRARCH's primary code for the verb.
  * A verb in a block whose code is [---] (PETRARCH codes it only through patterns, e.g. REJECT,
    DEPLOY) gets the category that a strict plurality (at least MAJ_SHARE, at least MAJ_MIN patterns)
    of the patterns written for that very verb map to; the most frequent CAMEO code of that category
    is the row's code.  Otherwise the verb is left out.  A verb named only in pattern comments (URGE,
    22 patterns in the DEMAND block) joins that block.
  * A verb listed in several blocks: the block named after the verb wins ("its main synset"), then a
    verb-specific "[code]", then the first block in dictionary order.
  * OVERRIDES (about 20 verbs, each with its reason) replace the primary code where the PLOVER manual
    names the verb's category and the synset code is a generic root that CAMEO2PLOVER sends elsewhere
    (AGREE block is 050 -> SUPPORT, but the manual's AGREE is "agree to, offer, promise"; WITHDRAW and
    RETREAT sit in an 080 block -> CONCEDE, but PLOVER's RETREAT mode is 'withdraw').
  * CAMEO codes -> PLOVER with CAMEO2PLOVER-2021 (exact code, else its 3-digit parent).  CAMEO 01x
    (public statements) has no PLOVER category and is dropped.  CAMEO 02x (appeals) is not in the
    2021 table; it is mapped to REQUEST, which the PLOVER manual defines as "all requests, demands,
    and orders" (see APPEAL_CATEGORY).
  * Phrases: multi-word verbs of the dictionary ("+PULL_BACK", "+RULE_OUT") and patterns that are
    the verb plus particles only ("- * (FOR)" under CALL -> "call for", "- * OFF" -> "call off",
    "- * BACK (AT)" -> "hit back at"): nothing before the verb, no synsets, no slots, no object nouns
    (PETRARCH matches those on a parse tree; as contiguous text "attack government" would misfire).
    The pattern's verb is the one named in its comment.  A phrase row is kept only where it changes
    the outcome: its category differs from the verb's row, or the verb has no row; PHRASE_DROP lists
    phrases that read as travel or routine talk ("head for", "meet at").
  * Forms: the dictionary's explicit "{...}" forms where given (minus FORM_TYPOS, plus any missing
    -s / -ing), else IRREGULAR below, else regular English inflection (-s/-es/-ies, -ed/-d/-ied with
    consonant doubling, -ing); both -l- and -ll- spellings for verbs like CANCEL.
  * Dropped: AMBIGUOUS common verbs ("say", "make", "take", "call", "hold", "send"), NOISE synset
    members whose news sense is not the synset's ("spark", "study", "die", "build"; mostly WordNet
    synonyms), and single surface forms that are mostly nouns or other words (DROP_FORMS: "march",
    "allies", "funds", "pressure").  Their phrases may survive ("call for", "take over", "give up").
  * NOUN_LEMMAS (CRACKDOWN, CONCESSION, SIEGE) are nouns in the verb dictionary: pos N, plural only.
  * NOMINALS: a few nominal triggers (pos N), each anchored in a PETRARCH pattern object or synset
    that carries the code (e.g. "- * SANCTIONS [163]", "- * DEMONSTRATION [141]").
  * A surface form appears in one row only: verbs' primary/override rows win, then pattern-majority
    rows, then phrases, then nominals (see resolve()).

Python 3 standard library only.  Usage:
  python3 scripts/build_plover_verbs.py [--shared /work/shared/data] [--date YYYY-MM-DD] [--report]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "lexicons" / "plover-verbs.tsv"
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_DATE = "2026-11-28"

APPEAL_CATEGORY = "REQUEST"      # CAMEO 02x, absent from CAMEO2PLOVER-2021
MAJ_MIN = 3                      # pattern-majority fallback: at least this many coded patterns ...
MAJ_SHARE = 0.5                  # ... and at least this share in the winning category (a strict plurality)
MAX_PHRASE_TAIL = 2              # particles after the verb in a pattern phrase

# Verbs too common / too vague to signal any one category on their own (their phrases may still
# be kept, e.g. "take over", "give up", "set free").
AMBIGUOUS = {
    "be", "have", "do", "say", "tell", "make", "take", "get", "go", "come", "put", "give", "set", "see",
    "look", "call", "hold", "keep", "run", "show", "bring", "turn", "move", "leave", "work", "use", "find",
    "know", "think", "want", "need", "seem", "appear", "become", "stand", "let", "carry", "place", "post",
    "face", "reach", "raise", "open", "close", "back", "charge", "order", "fire", "press", "drive", "draw",
    "pull", "push", "cut", "drop", "lift", "stop", "end", "break", "follow", "mark", "note", "handle",
    "treat", "deal", "cover", "head", "lead", "point", "plan", "try", "change", "pass", "serve", "win",
    "lose", "expect", "consider", "continue", "remain", "stay", "start", "begin", "add", "base", "name",
    "report", "state", "comment", "describe", "explain", "express", "view", "hear", "fly", "involve",
    "include", "affect", "concern", "address", "act", "match", "spend", "pay", "sell", "buy", "check",
    "watch", "track", "enter", "fall", "rise", "grow", "spread", "increase", "decrease", "reduce",
    "clear", "save", "manage", "operate", "rule", "return", "send",
}
# Single surface forms that are mostly not verbs in news text, or far too vague.
DROP_FORMS = {
    "march", "may", "will", "can", "might", "must", "shall", "need", "means", "mean", "left", "felt",
    "found", "fine", "fines", "lay", "lie", "lies", "saw", "bore", "rose", "fell", "lead", "leads",
    "last", "present", "record", "records", "object", "objects", "project", "projects", "conduct",
    "content", "contract", "contracts", "desert", "deserts", "second", "seconds", "spring",
    "springs", "well", "wells", "face", "faces", "match", "matches", "state", "states", "stated",
    "place", "places", "post", "posts", "posted", "posting", "line", "lines", "side", "sides", "back",
    "backs", "table", "tables", "force", "forces", "forced", "forcing", "power", "powers", "police",
    "polices", "host", "hosts", "party", "parties", "cause", "causes", "caused", "causing", "act",
    "acts", "ground", "grounds", "picture", "figure", "figures", "number", "numbers", "count",
    "counts", "total", "totals", "leave", "leaves", "season", "seasons", "shed", "bear", "bears",
    "stem", "stems", "mine", "mines", "mined", "mining", "arms", "arm", "arming", "armed",
    "water", "waters", "staff", "staffs", "man", "mans", "manned", "manning", "chair", "chairs",
    "chaired", "chairing", "head", "heads", "headed", "heading", "lead", "led", "leading",
    "air", "airs", "aired", "airing", "name", "names", "named", "naming", "station", "stationed",
    "stations", "stationing", "free", "stone", "stones", "fault", "faults",
    # base / -s forms that are mostly nouns in news text ("allies", "funds", "phones", "exchange of fire")
    "bar", "bars", "ram", "rams", "pound", "pounds", "storm", "storms", "fund", "funds", "trade", "trades",
    "import", "imports", "export", "exports", "supply", "supplies", "finance", "finances", "exchange",
    "exchanges", "shelter", "shelters", "guard", "guards", "shield", "shields", "contact", "contacts",
    "tour", "tours", "bargain", "bargains", "ally", "allies", "favor", "favors", "favour", "favours",
    "honor", "honors", "honour", "honours", "respect", "respects", "thanks", "block", "blocks",
    "pressure", "pressures", "advocate", "advocates", "caution", "volunteer", "volunteers", "phone",
    "phones", "telephone", "telephones", "broker", "brokers", "esteem", "cheers", "hurt", "kick",
    "kicks", "swap", "swaps", "loan", "loans",
}

# Synset members (mostly WordNet synonyms in PETRARCH's blocks) whose usual sense in news text is not
# their synset's category, or that are too vague to signal it ("spark", "study", "build", "commit").
NOISE = {
    # AID / COOPERATE / SUPPORT
    "interfere", "tend", "ward", "defend", "abate", "accord", "administer", "allocate", "allot",
    "ameliorate", "amplify", "appease", "apportion", "assign", "assuage", "attach", "augment", "award",
    "benefit", "bequeath", "bestow", "better", "bind", "blend", "boost", "chain", "coalesce", "combine",
    "command", "compound", "conduct", "conflate", "connect", "constitute", "control", "deepen",
    "dictate", "direct", "ease", "enact", "endow", "enhance", "enjoin", "enlarge", "enlist", "enroll",
    "entrust", "escalate", "establish", "exaggerate", "expand", "expediate", "fuse", "found", "govern",
    "heighten", "improve", "institute", "intensify", "issue", "magnify", "mitigate", "oversee",
    "prescribe", "redouble", "regulate", "relate", "simplify", "steer", "step up", "supervise",
    "supervize", "task", "tie in", "unify", "link", "merge", "re-establish", "reestablish", "facilitate",
    "grant", "provide", "render", "stock", "tender", "attire", "admit", "advertise", "advertize",
    "associate", "concert", "confess", "confide", "correlate", "divulge", "expose", "exuberate", "exult",
    "impact", "influence", "integrate", "orchestrate", "organise", "organize", "persuade", "profess",
    "promote", "restore", "reveal", "synchronise", "synchronize", "tempt", "triumph", "unionise",
    "unionize", "unveil", "upgrade", "commemorate", "enliven", "gain", "galvanize", "inspire",
    "invigorate", "prefer", "prize", "reassert", "revitalize", "reward", "rouse", "spur", "toast",
    "value", "celebrate", "tolerate",
    # REQUEST / AGREE
    "advise", "apply", "counsel", "desire", "hint", "hope", "plead", "suggest", "bid", "campaign",
    "crusade", "decree", "necessitate", "aim", "certify", "decide", "determine", "endeavor",
    "endeavour", "ensure", "gear up", "groom", "intend", "mean", "prepare", "ready", "resurrect",
    "resuscitate", "revive", "signal", "strive", "subscribe", "train", "vote", "vouch",
    "indicate",
    # COERCE
    "bill", "contain", "enclose", "enforce", "impel", "inflict", "intercept", "levy", "moderate",
    "vote down", "appropriate", "catch", "extract", "overturn", "pirate", "pluck", "revolutionise",
    "revolutionize", "subvert", "recover", "tax", "tighten", "hunt", "beef up", "remove", "infest",
    "inhabit", "reside", "reinforce",
    # CONSULT
    "acquaint", "amass", "approach", "assemble", "brave", "cable", "cluster", "confront",
    "conglomerate", "congregate", "conjoin", "constellate", "contemplate", "converge", "depart",
    "egress", "elicit", "embark", "encounter", "excogitate", "find out", "flock", "gather",
    "give notice", "go away", "go forth", "go to", "innovate", "insert", "introduce", "join", "journey",
    "learn", "leave behind", "meditate", "mull", "muse", "notify", "ponder", "promulgate", "pull out",
    "reason", "reconsider", "ruminate", "run into", "send word", "speculate", "summon", "travel",
    "unite", "walk out", "weigh", "conclude",
    # MOBILIZE
    "drum up", "garner", "pull together", "rally", "pour", "build", "parade",
    # ASSAULT
    "bruise", "contaminate", "corrupt", "crack", "erupt", "impair", "lash", "mar", "rip", "spoil",
    "tarnish", "tear", "vitiate", "wrestle", "commit", "dishonor", "dishonour", "advance", "altercate",
    "best", "blow", "bust", "carry out", "circle", "conflict", "desolate", "despoil", "die",
    "dominate", "duel", "engage", "eradicate", "fight down", "grapple", "hang", "intrude on",
    "master", "overcome", "overshadow", "overtake", "overwhelm", "pit", "quarrel", "ravish", "reave",
    "ring", "ruin", "shatter", "square off", "stamp out", "string up", "struggle", "surmount",
    "unleash", "cleanse", "stone", "overthrow",
    # CONCEDE / RETREAT / SANCTION
    "abstain", "authorise", "authorize", "bide", "bow", "countenance", "detach", "disconnect",
    "disentangle", "drop out", "empower", "enable", "fill", "forswear", "get out", "go by",
    "go through", "hash out", "intercede", "intermediate", "legislate", "liberate", "permit",
    "recede", "resettle", "resolve", "retire", "reverse", "satify", "settle", "settle on", "submit",
    "succumb", "talk over", "tease", "undo", "unloose", "untie", "verify", "vindicate", "abort",
    "betray", "countermine", "disarray", "disband", "disorder", "disrupt", "sabotage", "shut",
    "undermine", "walk", "approve",
    # PROTEST
    "agonise", "agonize", "annoy", "arouse", "badger", "bother", "bridle at", "discomfit",
    "disconcert", "disquiet", "disturb", "enkindle", "harass", "harry", "hassle", "irk", "irritate",
    "pester", "plague", "provoke", "rag", "torment", "upset", "vex", "burn",
    # ACCUSE
    "analyse", "ascertain", "comb", "dig", "explore", "glance over", "look over", "monitor", "rake",
    "research", "scan", "search", "skim", "spy", "study", "sweep", "appall", "argue", "aver", "avow",
    "believe", "blaspheme", "cast", "challenge", "claim", "compete", "contend", "contest",
    "contradict", "contrast", "contravene", "counter", "counterbalance", "cry", "curse", "debase",
    "defile", "degrade", "despair", "differ", "disappoint", "discourage", "disgrace", "disgust",
    "dishearten", "dismiss", "grieve", "humble", "humiliate", "infract", "mourn", "offend", "oppugn",
    "pique", "question", "regret", "renounce", "sadden", "scandalise", "scandalize", "shock",
    "slight", "spark", "stun", "stupefy", "suspect", "swear", "transgress", "whine", "wrangle",
    "brand", "crucify", "lecture", "react", "reprobate", "savage", "fault", "compensate", "file",
    "risk", "fail", "distance", "retard", "remit", "procrastinate", "allow", "maintain", "exercise",
    "inaugurate", "draft", "wrap up", "throw", "gear",
}
# PETRARCH entries that are nouns, not verbs: emitted as pos N with their plural only.
NOUN_LEMMAS = {"crackdown", "concession", "siege"}
# Misspelt forms in the dictionary's "{...}" lists.
FORM_TYPOS = {"overidding", "overrid", "chosing", "drug out", "assailling"}
# PETRARCH primary codes overridden where the PLOVER manual names the verb's category explicitly and
# the synset code is a generic root that CAMEO2PLOVER sends elsewhere: lemma -> (code, reason).
OVERRIDES = {
    "agree": ("030", "PLOVER AGREE: 'agree to, offer, promise' (PETRARCH block AGREE is 050)"),
    "aid": ("070", "PLOVER AID: provision of material aid (PETRARCH block AID is 060)"),
    "assist": ("070", "PLOVER AID (PETRARCH block AID is 060)"),
    "negotiate": ("046", "PLOVER CONSULT: 'negotiations' (PETRARCH block COMPROMISE is 080)"),
    "mediate": ("045", "CAMEO 045 engage in mediation -> CONSULT (PETRARCH block COMPROMISE is 080)"),
    "arbitrate": ("045", "CAMEO 045 engage in mediation -> CONSULT (PETRARCH block COMPROMISE is 080)"),
    "withdraw": ("0874", "PLOVER RETREAT 'withdraw' (PETRARCH block RETREAT is 080 -> CONCEDE)"),
    "retreat": ("0874", "PLOVER RETREAT 'withdraw' (PETRARCH block RETREAT is 080 -> CONCEDE)"),
    "pull back": ("0874", "PLOVER RETREAT 'withdraw' (PETRARCH 080)"),
    "surrender": ("0874", "CAMEO 0874 retreat or surrender militarily -> RETREAT (PETRARCH 080)"),
    "capitulate": ("0874", "CAMEO 0874 retreat or surrender militarily -> RETREAT (PETRARCH 080)"),
    "disengage": ("087", "CAMEO 087 de-escalate military engagement -> RETREAT (PETRARCH 080)"),
    "disarm": ("0873", "CAMEO 0873 demobilize armed forces -> RETREAT (PETRARCH 190)"),
    "free": ("0841", "PLOVER RETREAT 'release' (PETRARCH 080)"),
    "set free": ("0841", "PLOVER RETREAT 'release' (PETRARCH 080)"),
    "ratify": ("057", "PLOVER SUPPORT: 'ratify, sign, or finalize an agreement' (PETRARCH 080)"),
    "veto": ("129", "CAMEO 129 veto -> REJECT (PETRARCH block PROHIBIT is 172)"),
    "sue": ("115", "PLOVER ACCUSE: 'sue or bring to court' (PETRARCH 173)"),
    "sign": ("057", "PLOVER SUPPORT: 'sign ... an agreement'; PETRARCH's SIGN block is uncoded and its patterns tie"),
    "seek": ("020", "PLOVER REQUEST; 30 of PETRARCH's 41 coded SEEK patterns are 02x (block SEARCH gives SEEK 030)"),
}
# Pattern phrases whose meaning depends on the object PETRARCH's pattern required, or that read as
# travel or routine talk more often than as the pattern's category.
PHRASE_DROP = {
    "cooperate against", "request against", "fire off", "press on", "push ahead", "involve for",
    "link with", "fly to", "fly into", "meet at", "negotiate with", "defend from", "welcome to",
    "come to", "rush to", "count on", "sue for", "break away", "break with", "break off",
    "immigrate to", "depart for", "head for", "head back to", "return from", "set off for",
    "kick off", "reach out", "attack for", "blast for", "protest about", "head to",
}
# Words allowed after the verb in a pattern phrase ("call for", "hit back at", "lash out").
PARTICLES = {
    "for", "out", "off", "up", "down", "on", "upon", "in", "into", "against", "back", "over", "away",
    "with", "to", "at", "from", "about", "through", "aside", "forward", "together", "apart", "ahead",
    "of", "behind", "around", "by",
}

# Irregular verbs PETRARCH may list without "{...}" forms: base -> [forms].
IRREGULAR = {
    "arise": ["arises", "arose", "arisen", "arising"], "awake": ["awakes", "awoke", "awoken", "awaking"],
    "beat": ["beats", "beaten", "beating"], "become": ["becomes", "became", "becoming"],
    "begin": ["begins", "began", "begun", "beginning"], "bend": ["bends", "bent", "bending"],
    "bid": ["bids", "bidding"], "bind": ["binds", "bound", "binding"], "bite": ["bites", "bit", "bitten", "biting"],
    "bleed": ["bleeds", "bled", "bleeding"], "blow": ["blows", "blew", "blown", "blowing"],
    "break": ["breaks", "broke", "broken", "breaking"], "breed": ["breeds", "bred", "breeding"],
    "bring": ["brings", "brought", "bringing"], "broadcast": ["broadcasts", "broadcasting"],
    "build": ["builds", "built", "building"], "burn": ["burns", "burned", "burnt", "burning"],
    "burst": ["bursts", "bursting"], "buy": ["buys", "bought", "buying"], "cast": ["casts", "casting"],
    "catch": ["catches", "caught", "catching"], "choose": ["chooses", "chose", "chosen", "choosing"],
    "cling": ["clings", "clung", "clinging"], "come": ["comes", "came", "coming"], "cost": ["costs", "costing"],
    "creep": ["creeps", "crept", "creeping"], "cut": ["cuts", "cutting"], "deal": ["deals", "dealt", "dealing"],
    "dig": ["digs", "dug", "digging"], "do": ["does", "did", "done", "doing"], "draw": ["draws", "drew", "drawn", "drawing"],
    "drink": ["drinks", "drank", "drunk", "drinking"], "drive": ["drives", "drove", "driven", "driving"],
    "eat": ["eats", "ate", "eaten", "eating"], "fall": ["falls", "fell", "fallen", "falling"],
    "feed": ["feeds", "fed", "feeding"], "feel": ["feels", "felt", "feeling"], "fight": ["fights", "fought", "fighting"],
    "find": ["finds", "found", "finding"], "flee": ["flees", "fled", "fleeing"], "fling": ["flings", "flung", "flinging"],
    "fly": ["flies", "flew", "flown", "flying"], "forbid": ["forbids", "forbade", "forbidden", "forbidding"],
    "forecast": ["forecasts", "forecasting"], "foresee": ["foresees", "foresaw", "foreseen", "foreseeing"],
    "forget": ["forgets", "forgot", "forgotten", "forgetting"], "forgive": ["forgives", "forgave", "forgiven", "forgiving"],
    "freeze": ["freezes", "froze", "frozen", "freezing"], "get": ["gets", "got", "gotten", "getting"],
    "give": ["gives", "gave", "given", "giving"], "go": ["goes", "went", "gone", "going"],
    "grind": ["grinds", "ground", "grinding"], "grow": ["grows", "grew", "grown", "growing"],
    "hang": ["hangs", "hung", "hanged", "hanging"], "have": ["has", "had", "having"], "hear": ["hears", "heard", "hearing"],
    "hide": ["hides", "hid", "hidden", "hiding"], "hit": ["hits", "hitting"], "hold": ["holds", "held", "holding"],
    "hurt": ["hurts", "hurting"], "keep": ["keeps", "kept", "keeping"], "know": ["knows", "knew", "known", "knowing"],
    "lay": ["lays", "laid", "laying"], "lead": ["leads", "led", "leading"], "leave": ["leaves", "left", "leaving"],
    "lend": ["lends", "lent", "lending"], "let": ["lets", "letting"], "lose": ["loses", "lost", "losing"],
    "make": ["makes", "made", "making"], "mean": ["means", "meant", "meaning"], "meet": ["meets", "met", "meeting"],
    "mislead": ["misleads", "misled", "misleading"], "outrun": ["outruns", "outran", "outrunning"],
    "overcome": ["overcomes", "overcame", "overcoming"], "override": ["overrides", "overrode", "overridden", "overriding"],
    "overrun": ["overruns", "overran", "overrunning"], "oversee": ["oversees", "oversaw", "overseen", "overseeing"],
    "overthrow": ["overthrows", "overthrew", "overthrown", "overthrowing"], "pay": ["pays", "paid", "paying"],
    "put": ["puts", "putting"], "quit": ["quits", "quitting"], "read": ["reads", "reading"],
    "rebuild": ["rebuilds", "rebuilt", "rebuilding"], "redo": ["redoes", "redid", "redone", "redoing"],
    "rethink": ["rethinks", "rethought", "rethinking"], "ride": ["rides", "rode", "ridden", "riding"],
    "ring": ["rings", "rang", "rung", "ringing"], "rise": ["rises", "rose", "risen", "rising"],
    "run": ["runs", "ran", "running"], "say": ["says", "said", "saying"], "see": ["sees", "saw", "seen", "seeing"],
    "seek": ["seeks", "sought", "seeking"], "sell": ["sells", "sold", "selling"], "send": ["sends", "sent", "sending"],
    "set": ["sets", "setting"], "shake": ["shakes", "shook", "shaken", "shaking"], "shed": ["sheds", "shedding"],
    "shoot": ["shoots", "shot", "shooting"], "show": ["shows", "showed", "shown", "showing"],
    "shut": ["shuts", "shutting"], "sink": ["sinks", "sank", "sunk", "sinking"], "sit": ["sits", "sat", "sitting"],
    "slay": ["slays", "slew", "slain", "slaying"], "sling": ["slings", "slung", "slinging"],
    "speak": ["speaks", "spoke", "spoken", "speaking"], "speed": ["speeds", "sped", "speeding"],
    "spend": ["spends", "spent", "spending"], "spread": ["spreads", "spreading"], "stand": ["stands", "stood", "standing"],
    "steal": ["steals", "stole", "stolen", "stealing"], "stick": ["sticks", "stuck", "sticking"],
    "sting": ["stings", "stung", "stinging"], "stride": ["strides", "strode", "striding"],
    "strike": ["strikes", "struck", "stricken", "striking"], "strive": ["strives", "strove", "striven", "striving"],
    "swear": ["swears", "swore", "sworn", "swearing"], "sweep": ["sweeps", "swept", "sweeping"],
    "swing": ["swings", "swung", "swinging"], "take": ["takes", "took", "taken", "taking"],
    "teach": ["teaches", "taught", "teaching"], "tear": ["tears", "tore", "torn", "tearing"],
    "tell": ["tells", "told", "telling"], "think": ["thinks", "thought", "thinking"],
    "throw": ["throws", "threw", "thrown", "throwing"], "thrust": ["thrusts", "thrusting"],
    "undergo": ["undergoes", "underwent", "undergone", "undergoing"],
    "understand": ["understands", "understood", "understanding"],
    "undertake": ["undertakes", "undertook", "undertaken", "undertaking"],
    "uphold": ["upholds", "upheld", "upholding"], "upset": ["upsets", "upsetting"],
    "wage": ["wages", "waged", "waging"], "wake": ["wakes", "woke", "woken", "waking"],
    "wear": ["wears", "wore", "worn", "wearing"], "weep": ["weeps", "wept", "weeping"],
    "win": ["wins", "won", "winning"], "wind": ["winds", "wound", "winding"],
    "withdraw": ["withdraws", "withdrew", "withdrawn", "withdrawing"],
    "withhold": ["withholds", "withheld", "withholding"], "withstand": ["withstands", "withstood", "withstanding"],
    "write": ["writes", "wrote", "written", "writing"],
}
# Stress-final verbs of more than one syllable that double their last consonant.
DOUBLING = {
    "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "remit", "acquit", "expel", "compel",
    "dispel", "propel", "repel", "impel", "occur", "recur", "concur", "incur", "refer", "confer", "defer",
    "prefer", "transfer", "infer", "deter", "control", "patrol", "regret", "abet", "forget", "equip",
    "embed", "rebel", "outstrip", "kidnap", "worship", "annul", "enrol", "extol", "instil", "distil",
    "fulfil", "befit", "outwit", "begin", "upset", "unplug", "readmit", "re-admit", "beset", "overstep",
    "sidestep", "entrap", "unwrap", "overrun", "handicap", "combat", "debar", "disbar", "regret",
    "outfit", "refit", "retrofit",
}
# Verbs ending in a single vowel + l that take -ll- in British spelling (cancelled, signalled).
UK_LL_EXCEPT = {"appeal", "conceal", "reveal", "heal", "steal", "deal", "seal", "repeal", "fail", "mail",
                "rail", "nail", "sail", "jail", "bail", "hail", "avail", "prevail", "assail", "curtail",
                "entail", "derail", "toil", "boil", "foil", "spoil", "soil", "coil", "recoil", "despoil",
                "cool", "pool", "fool", "howl", "growl", "prowl", "crawl", "brawl", "sprawl", "trawl",
                "haul", "maul", "overhaul", "kneel", "feel", "peel", "reel", "wheel", "unveil", "veil",
                "expel", "compel", "dispel", "propel", "repel", "impel", "control", "patrol", "rebel",
                "annul", "enrol", "extol", "instil", "distil", "fulfil", "install", "recall", "call",
                "fall", "stall", "forestall", "enthral", "appal", "befall", "kill", "fill", "spill",
                "drill", "instill", "distill", "fulfill", "enroll", "roll", "poll", "toll", "pull",
                "mull", "lull", "dull", "cull", "swell", "sell", "tell", "dwell", "quell", "yell", "smell",
                "spell", "excel"}

# Nominal triggers (pos N): (forms, CAMEO code, the PETRARCH pattern the noun comes from).
NOMINALS = [
    ("sanctions|embargo|embargoes|trade embargo|arms embargo", "163", "IMPOSE/EXTEND * SANCTIONS [163]"),
    ("demonstration|demonstrations|street protest|street protests|protest march|protest marches|sit-in|sit-ins",
     "141", "STAGE * DEMONSTRATION [141], STAGE * SIT-IN [141]"),
    ("hunger strike|hunger strikes", "142", "START * {HUNGER STRIKE} [142]"),
    ("general strike|general strikes", "143", "OBSERVE * {GENERAL STRIKE} [143]"),
    ("ceasefire|ceasefires|cease-fire|cease-fires|truce|truces|armistice", "0871",
     "synset &CEASEFIRE; CAMEO2PLOVER 0871 'Declare truce, ceasefire'"),
    ("ultimatum|ultimatums", "139", "ISSUE * ULTIMATUM [139]"),
    ("peace talks|negotiations|talks", "046", "CONTINUE/RESUME * TALKS [046], synset &NEGOTIATION"),
    ("curfew|curfews", "1723", "CLAMP * CURFEW [1723]"),
    ("state of emergency|martial law", "1724", "IMPOSE * {MARTIAL LAW} [1724]"),
    ("airstrike|airstrikes|air strike|air strikes|air raid|air raids", "195", "CARRY OUT * {AIR STRIKE} [195]"),
    ("offensive|incursion|incursions", "190", "LAUNCH * OFFENSIVE [190], STAGE * INCURSION [190]"),
    ("investigation|investigations|inquiry|enquiry|probe", "090", "synset &INVESTIGATION in [090] patterns"),
    ("peace agreement|peace deal|peace accord|peace treaty", "057", "SIGN * {PEACE DEAL} [057]"),
]


# --------------------------------------------------------------------------------------------
# CAMEO -> PLOVER
# --------------------------------------------------------------------------------------------
def load_cameo2plover(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{2,4}):\s*([A-Z]+)", line)
        if m and len(m.group(1)) >= 3:
            table.setdefault(m.group(1), m.group(2))
    return table


class Plover:
    def __init__(self, table: dict[str, str]):
        self.table = table

    def category(self, code: str | None) -> str | None:
        if not code or not code.isdigit():
            return None
        if code.startswith("01"):
            return None
        if code.startswith("02"):
            return APPEAL_CATEGORY
        if code in self.table:
            return self.table[code]
        if len(code) == 4 and code[:3] in self.table:
            return self.table[code[:3]]
        return None


# --------------------------------------------------------------------------------------------
# inflection
# --------------------------------------------------------------------------------------------
VOWELS = set("aeiou")


def _cvc(w: str) -> bool:
    """Ends consonant-vowel-consonant (last not w/x/y) with a single vowel before the consonant."""
    if len(w) < 3 or w[-1] in VOWELS or w[-1] in "wxy" or w[-2] not in VOWELS:
        return False
    if w[-3:-1] == "qu":  # "quit"-like: the u belongs to the consonant
        return True
    return w[-3] not in VOWELS


def _syllables(w: str) -> int:
    groups = re.findall(r"[aeiouy]+", w.rstrip("e") or w)
    return max(1, len(groups))


def _doubles(w: str) -> bool:
    if w in DOUBLING:
        return True
    return _cvc(w) and _syllables(w) == 1


def third_person(w: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    if w.endswith("o") and len(w) > 1 and w[-2] not in VOWELS:
        return w + "es"
    return w + "s"


def past(w: str) -> list[str]:
    if w.endswith("e"):
        return [w + "d"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return [w[:-1] + "ied"]
    if _doubles(w):
        return [w + w[-1] + "ed"]
    out = [w + "ed"]
    if uk_ll(w):
        out.append(w + "led")
    return out


def gerund(w: str) -> list[str]:
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if w.endswith(("ee", "ye", "oe")) or w in {"be", "singe", "dye"}:
        return [w + "ing"]
    if w.endswith("e") and len(w) > 2:
        return [w[:-1] + "ing"]
    if _doubles(w):
        return [w + w[-1] + "ing"]
    out = [w + "ing"]
    if uk_ll(w):
        out.append(w + "ling")
    return out


def uk_ll(w: str) -> bool:
    return (w.endswith("l") and not w.endswith("ll") and len(w) > 3 and w[-2] in VOWELS
            and w[-3] not in VOWELS and _syllables(w) > 1 and w not in UK_LL_EXCEPT
            and w not in DOUBLING)


def regular_forms(w: str) -> list[str]:
    return [w, third_person(w), *past(w), *gerund(w)]


def verb_forms(base: str, listed: list[str] | None) -> list[str]:
    """All surface forms of a one-word verb (lower case)."""
    listed = [f for f in (listed or []) if f not in FORM_TYPOS]
    if listed:
        forms = [base] + listed + IRREGULAR.get(base, [])
        has_s = any(f.endswith("s") and not f.endswith("ss") for f in listed)
        has_ing = any(f.endswith("ing") for f in listed)
        if not has_s:
            forms.append(third_person(base))
        if not has_ing:
            forms.extend(gerund(base))
        if uk_ll(base):  # the dictionary lists one spelling (CANCELLED); add both
            forms.extend(past(base) + gerund(base))
        return dedupe(forms)
    if base in IRREGULAR:
        return dedupe([base] + IRREGULAR[base])
    return dedupe(regular_forms(base))


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# --------------------------------------------------------------------------------------------
# PETRARCH verb dictionary
# --------------------------------------------------------------------------------------------
@dataclass
class Verb:
    lemma: str              # lower case, words joined by spaces ("pull out")
    forms: list[str]        # all surface forms
    code: str | None        # verb-specific [code], if any
    block: str
    block_code: str | None
    order: int


@dataclass
class Pattern:
    tail: list[str]         # literal words after the verb, lower case; None-able when not simple
    code: str | None
    verbs: list[str]        # lemmas named in the comment
    block: str
    simple: bool


@dataclass
class Dictionary:
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def first_code(raw: str | None) -> str | None:
    if raw is None:
        return None
    for part in raw.split(":"):
        part = part.strip()
        if part and part.isdigit():
            return part
    return None


def norm_word(tok: str) -> str:
    return tok.strip("+").replace("_", " ").strip().lower()


VERB_LINE = re.compile(r"^(\+?[A-Z][-A-Z0-9_']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")
PATTERN_CODE = re.compile(r"\[([^\]]*)\]")


def parse_dictionary(path: Path) -> Dictionary:
    d = Dictionary()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    in_verbs = False
    block, block_code = "", None
    order = 0
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs or not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            block = m.group(1)
            block_code = first_code(m.group(2))
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            cm = PATTERN_CODE.search(body)
            code = first_code(cm.group(1)) if cm else None
            body = PATTERN_CODE.sub(" ", body)
            toks = body.split()
            verbs = [norm_word(v) for v in re.split(r"[,\s]+", comment.strip()) if re.match(r"^[A-Z][-A-Z_]*$", v)]
            simple = False
            tail: list[str] = []
            if toks and toks[0] == "*":
                rest = " ".join(toks[1:])
                # literal words, optionally grouped in one {...} or (...); nothing else
                if rest and not re.search(r"[&$^%=+*|<>~]", rest):
                    words = re.sub(r"[{}()]", " ", rest).split()
                    if (words and len(words) <= MAX_PHRASE_TAIL
                            and all(w.lower() in PARTICLES for w in words)):
                        simple, tail = True, [w.lower() for w in words]
            d.patterns.append(Pattern(tail, code, verbs, block, simple))
            continue
        # verb line
        body = re.split(r"#|;", line, maxsplit=1)[0]
        m = VERB_LINE.match(body.strip())
        if not m:
            continue
        word, forms_raw, code_raw = m.groups()
        lemma = norm_word(word)
        listed = []
        if forms_raw:
            listed = [norm_word(f) for f in re.split(r"[\s,]+", forms_raw.strip("{}")) if f.strip()]
        code = first_code(code_raw.strip("[]")) if code_raw else None
        if " " in lemma:
            forms = phrase_forms(lemma, listed)
        else:
            forms = verb_forms(lemma, listed)
        order += 1
        d.verbs.append(Verb(lemma, forms, code, block, block_code, order))
    return d


AUX_FIRST = {"is", "was", "are", "were", "be", "been", "has", "have", "had", "seem"}


def phrase_forms(lemma: str, listed: list[str]) -> list[str]:
    """Forms of a multi-word verb "pull out": inflect the first word, keep the rest."""
    head, _, rest = lemma.partition(" ")
    forms = [f + " " + rest for f in verb_forms(head, None)]
    if listed:
        # the dictionary's own forms are authoritative for the irregular parts
        own = [lemma] + [f for f in listed if f not in FORM_TYPOS]
        heads = {f.split(" ")[0] for f in own}
        if not any(h.endswith("ing") for h in heads):
            own += [g + " " + rest for g in gerund(head)]
        if not any(h.endswith("s") for h in heads if h != head):
            own.append(third_person(head) + " " + rest)
        if head in IRREGULAR:
            own += [f + " " + rest for f in IRREGULAR[head]]
        forms = own
    elif head in IRREGULAR:
        forms = [lemma] + [f + " " + rest for f in IRREGULAR[head]]
    return dedupe(forms)


# --------------------------------------------------------------------------------------------
# derivation
# --------------------------------------------------------------------------------------------
@dataclass
class Row:
    lemma: str
    forms: list[str]
    pos: str
    plover: str
    cameo: str
    rank: int               # lower wins a contested form
    why: str


def block_stem(name: str) -> str:
    return name.rstrip("_").lower().replace("_", " ")


def derive(d: Dictionary, plover: Plover, report: list[str]) -> list[Row]:
    by_lemma: dict[str, list[Verb]] = collections.defaultdict(list)
    for v in d.verbs:
        by_lemma[v.lemma].append(v)
    # surface form -> lemma, to tell inflected "lemmas" (FORGIVEN, KILLED_AND) from real ones
    form_of: dict[str, str] = {}
    for v in d.verbs:
        for f in v.forms:
            if f != v.lemma:
                form_of.setdefault(f, v.lemma)

    # The verb a pattern comment names: a lemma, an inflected form of one ("stepped up"), or a verb
    # the dictionary only names there (URGE in the DEMAND block), which joins the pattern's block.
    blocks = {v.block: v.block_code for v in d.verbs}
    for p in d.patterns:
        names = []
        for name in p.verbs:
            if name in by_lemma:
                names.append(name)
            elif name in form_of:
                names.append(form_of[name])
            elif (" " not in name and not re.search(r"(ed|ing)$", name)
                  and sum(name in q.verbs for q in d.patterns) >= MAJ_MIN):
                verb = Verb(name, verb_forms(name, None), None, p.block, blocks.get(p.block), len(d.verbs) + 1)
                d.verbs.append(verb)
                by_lemma[name].append(verb)
                report.append(f"verb named only in pattern comments added to block {p.block}: {name}")
                names.append(name)
        p.verbs = dedupe(names)

    # patterns written for each verb (comment names the verb)
    pats_for: dict[str, list[Pattern]] = collections.defaultdict(list)
    for p in d.patterns:
        for v in p.verbs:
            pats_for[v].append(p)

    def majority(lemma: str) -> tuple[str, str] | None:
        cats = collections.Counter()
        codes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for p in pats_for.get(lemma, []):
            c = plover.category(p.code)
            if c:
                cats[c] += 1
                codes[c][p.code] += 1
        total = sum(cats.values())
        if total < MAJ_MIN:
            return None
        top = cats.most_common(2)
        cat, n = top[0]
        if n / total < MAJ_SHARE or (len(top) > 1 and top[1][1] == n):
            return None
        return cat, codes[cat].most_common(1)[0][0]

    rows: list[Row] = []
    verb_cat: dict[str, str | None] = {}
    for lemma, entries in by_lemma.items():
        head = lemma.split(" ")[0]
        words = lemma.split(" ")
        if len(words) > 1 and (head in AUX_FIRST or "and" in words or "or" in words):
            report.append(f"multi-word entry skipped: {lemma}")
            continue
        if lemma in form_of and form_of[lemma] != lemma:
            report.append(f"inflected entry folded into {form_of[lemma]}: {lemma}")
            continue
        # order candidates: main synset, verb-specific code, dictionary order
        def key(v: Verb):
            return (0 if block_stem(v.block) == lemma else 1, 0 if v.code else 1, v.order)
        chosen = None
        for v in sorted(entries, key=key):
            code = v.code or v.block_code
            cat = plover.category(code)
            if code:
                chosen = (v, code, cat, "primary")
                break
        if chosen is None:
            m = majority(lemma)
            if m:
                v = sorted(entries, key=key)[0]
                chosen = (v, m[1], m[0], "pattern-majority")
        if lemma in OVERRIDES:
            code, reason = OVERRIDES[lemma]
            v = sorted(entries, key=key)[0]
            chosen = (v, code, plover.category(code), "override: " + reason)
            report.append(f"override {lemma}: {code} {chosen[2]} ({reason})")
        if chosen is None or chosen[2] is None:
            verb_cat[lemma] = None
            continue
        v, code, cat, why = chosen
        if lemma in NOISE:
            report.append(f"noise verb dropped: {lemma} ({cat} {code})")
            verb_cat[lemma] = None
            continue
        verb_cat[lemma] = cat
        if lemma in AMBIGUOUS or head in AMBIGUOUS and " " not in lemma:
            report.append(f"ambiguous verb dropped: {lemma} ({cat} {code})")
            verb_cat[lemma] = None
            continue
        if lemma in NOUN_LEMMAS:
            rows.append(Row(lemma, [lemma, third_person(lemma)], "N", cat, code, 0, f"{why}: block {v.block}"))
            continue
        forms = [f for f in v.forms if f not in DROP_FORMS]
        # union the forms listed in other blocks for the same lemma
        for other in entries:
            forms += [f for f in other.forms if f not in DROP_FORMS]
        forms = dedupe(forms)
        if not forms:
            continue
        rank = 1 if why == "pattern-majority" else 0
        rows.append(Row(lemma, forms, "V", cat, code, rank, f"{why}: block {v.block}"))

    # pattern phrases
    phrase_codes: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)  # phrase -> [(cat, code)]
    phrase_verb: dict[str, str] = {}
    for p in d.patterns:
        if not p.simple:
            continue
        cat = plover.category(p.code)
        if not cat:
            continue
        for vl in p.verbs:
            if vl not in by_lemma:
                continue
            phrase = vl + " " + " ".join(p.tail)
            phrase_codes[phrase].append((cat, p.code))
            phrase_verb[phrase] = vl
    # multi-word verbs are already rows; patterns on them extend further ("pull out" + "of")
    for phrase, coded in phrase_codes.items():
        if phrase in PHRASE_DROP:
            continue
        cats = collections.Counter(c for c, _ in coded)
        cat, n = cats.most_common(1)[0]
        if len(cats) > 1 and n / len(coded) < MAJ_SHARE:
            report.append(f"phrase with split codes dropped: {phrase} {coded}")
            continue
        code = collections.Counter(k for c, k in coded if c == cat).most_common(1)[0][0]
        vl = phrase_verb[phrase]
        if verb_cat.get(vl) == cat:
            continue        # the verb alone already gives this category
        tail = phrase[len(vl):]
        base = by_lemma[vl][0]
        forms = dedupe(f + tail for f in base.forms)
        rows.append(Row(phrase, forms, "V", cat, code, 2, f"pattern of {vl.upper()}"))

    for forms, code, src in NOMINALS:
        cat = plover.category(code)
        assert cat, code
        rows.append(Row(forms.split("|")[0], forms.split("|"), "N", cat, code, 3, "nominal: " + src))
    return rows


def resolve(rows: list[Row], report: list[str]) -> list[Row]:
    """One row per surface form: lower rank wins, then the earlier row."""
    owner: dict[str, int] = {}
    for i, r in sorted(enumerate(rows), key=lambda t: (t[1].rank, t[0])):
        for f in r.forms:
            if f not in owner:
                owner[f] = i
            elif rows[owner[f]].plover != r.plover:
                report.append(f"form '{f}' kept in {rows[owner[f]].lemma} ({rows[owner[f]].plover}), "
                              f"dropped from {r.lemma} ({r.plover})")
    out = []
    for i, r in enumerate(rows):
        forms = [f for f in r.forms if owner[f] == i]
        if forms:
            out.append(Row(r.lemma, forms, r.pos, r.plover, r.cameo, r.rank, r.why))
    return out


# --------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--date", default=DEFAULT_DATE, help="build date for the header (ISO)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--report", action="store_true", help="print decisions to stderr")
    args = ap.parse_args(argv)

    src = args.shared / "event-coding"
    plover = Plover(load_cameo2plover(src / "CAMEO2PLOVER-2021.txt"))
    d = parse_dictionary(src / "petrarch2_CAMEO.2.0.txt")
    report: list[str] = []
    rows = resolve(derive(d, plover, report), report)
    rows.sort(key=lambda r: (r.plover, r.pos, r.cameo, r.lemma))

    header = [
        "# PLOVER verb lexicon: verb (and verb-phrase) surface forms -> PLOVER category and CAMEO code.",
        "# source: PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt; MIT, © 2015 Open Event Data Alliance; "
        "https://github.com/openeventdata/petrarch2) + CAMEO2PLOVER mapping (CAMEO2PLOVER-2021.txt; PLOVER, "
        "CC BY-SA 4.0; https://github.com/openeventdata/PLOVER)",
        "# licence: CC BY-SA 4.0 (derived from the PLOVER mapping) and MIT (PETRARCH2 verb dictionary); "
        "see data/lexicons/LICENSE.petrarch2.txt",
        f"# date: {args.date}",
        "# built-by: scripts/build_plover_verbs.py",
        "# columns: forms = every surface form, '|'-separated (lower case; match case-insensitively on word "
        "boundaries, longest first); pos = V verb or verb phrase, N nominal trigger; plover = PLOVER category "
        "(CAMEO2PLOVER-2021 names); cameo = CAMEO code",
        "# cameo is PETRARCH's primary code for the verb (its synset's code or the verb's own code); verbs of "
        "uncoded synsets take the plurality code of their own patterns; phrases take their pattern's code; "
        f"{len(OVERRIDES)} verbs are overridden where the PLOVER manual names their category (see the script's OVERRIDES).",
        "# CAMEO 02x (appeal) is not in CAMEO2PLOVER-2021 and is mapped to REQUEST (PLOVER manual: 'all requests, "
        "demands, and orders'); CAMEO 01x (public statements) has no PLOVER category and is left out.",
        "# Each surface form appears in one row only.  Forms list every inflection explicitly: no stemmer guesses.",
        "# Known problems: categories are context-free defaults - no negation, tense or modality ('threatened to "
        "impose' is THREATEN, 'will withdraw' CONCEDE, 'lifted the curfew' CONCEDE in PLOVER; here the verb's "
        "category wins); CAMEO's split of one verb across categories is lost ('expel' is always COERCE 174 "
        "deport, never SANCTION 166 expel diplomats; 'block' is COERCE, never PROTEST obstruct); AGREE, "
        "MOBILIZE, THREATEN, SANCTION and RETREAT have few rows.",
    ]
    cols = ["forms", "pos", "plover", "cameo"]
    lines = header + ["\t".join(cols)]
    for r in rows:
        lines.append("\t".join(["|".join(r.forms), r.pos, r.plover, r.cameo]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")

    counts = collections.Counter(r.plover for r in rows)
    print(f"wrote {args.out} with {len(rows)} rows, {sum(len(r.forms) for r in rows)} forms", file=sys.stderr)
    for c, n in sorted(counts.items()):
        print(f"  {c:10s} {n}", file=sys.stderr)
    if args.report:
        for line in report:
            print(line, file=sys.stderr)
        for r in rows:
            print(f"ROW {r.plover:10s} {r.cameo:5s} {r.pos} {r.lemma:25s} {r.why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
