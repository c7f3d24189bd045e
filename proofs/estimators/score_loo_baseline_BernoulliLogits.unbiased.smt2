; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!113 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x107 (- ?x9)))
 (let ((?x108 (/ ?x107 ?x18)))
 (let ((?x109 (+ 1.0 ?x108)))
 (let ((?x110 (- ?x109)))
 (let ((?x113 (+ 1.0 ?x110)))
 (let ((?x64 (/ 1.0 exp!3)))
 (let ((?x114 (* ?x64 ?x113)))
 (let ((?x115 (* |f[1]| ?x114)))
 (let ((?x67 (/ ?x9 exp!3)))
 (let ((?x111 (* ?x67 ?x110)))
 (let ((?x112 (* |f[0]| ?x111)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x104 (* ?x64 ?x64)))
 (let ((?x94 (+ |f[1]| |f[1]|)))
 (let ((?x72 (- |f[1]|)))
 (let ((?x95 (+ ?x72 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (+ |f[1]| ?x96)))
 (let ((?x98 (* (/ 1.0 2.0) ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (* ?x99 ?x64)))
 (let ((?x101 (+ ?x98 ?x100)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x105 (* ?x103 ?x104)))
 (let ((?x71 (+ |f[0]| |f[1]|)))
 (let ((?x24 (- |f[0]|)))
 (let ((?x80 (+ ?x24 ?x71)))
 (let ((?x81 (- ?x80)))
 (let ((?x82 (+ |f[0]| ?x81)))
 (let ((?x83 (* (/ 1.0 2.0) ?x82)))
 (let ((?x84 (- ?x83)))
 (let ((?x85 (* ?x84 ?x64)))
 (let ((?x73 (+ ?x71 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x75 (+ |f[1]| ?x74)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x78 (* ?x77 ?x64)))
 (let ((?x90 (+ ?x78 ?x85)))
 (let ((?x91 (+ ?x76 ?x90)))
 (let ((?x87 (* ?x64 ?x67)))
 (let ((?x92 (* ?x87 ?x91)))
 (let ((?x79 (+ ?x76 ?x78)))
 (let ((?x86 (+ ?x79 ?x85)))
 (let ((?x88 (* ?x86 ?x87)))
 (let ((?x68 (* ?x67 ?x67)))
 (let ((?x23 (+ |f[0]| |f[0]|)))
 (let ((?x25 (+ ?x23 ?x24)))
 (let ((?x26 (- ?x25)))
 (let ((?x27 (+ |f[0]| ?x26)))
 (let ((?x29 (* ?x27 (/ 1.0 2.0))))
 (let ((?x30 (- ?x29)))
 (let ((?x65 (* ?x30 ?x64)))
 (let ((?x66 (+ ?x65 ?x65)))
 (let ((?x69 (* ?x66 ?x68)))
 (let ((?x89 (+ ?x69 ?x88)))
 (let ((?x93 (+ ?x89 ?x92)))
 (let ((?x106 (+ ?x93 ?x105)))
 (or (and (distinct ?x106 ?x116) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x33 (< log!113 logits)))
 (= $x33 (< exp!2 exp!1))))
(assert
 (let (($x36 (< logits log!113)))
 (= $x36 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!113 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x43 (+ 1.0 log!113)))
 (>= exp!2 ?x43)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x45 (> ?x18 0.0)))
 (=> $x45 (= exp!2 ?x18))))))
(assert
 (let (($x33 (< log!113 logits)))
 (= $x33 (< exp!3 exp!1))))
(assert
 (let (($x36 (< logits log!113)))
 (= $x36 (< exp!1 exp!3))))
(assert
 (let (($x53 (< log!113 log!113)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!113 log!113)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!113 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x43 (+ 1.0 log!113)))
 (>= exp!3 ?x43)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x45 (> ?x18 0.0)))
(=> $x45 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!113 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!157 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (< 0.0 ?x118))))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let (($x352 (= 0.0 ?x118)))
 (not $x352)))))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (< 0.0 ?x118))))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let (($x352 (= 0.0 ?x118)))
 (not $x352)))))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x214 (/ ?x117 ?x118)))
 (let ((?x217 (- ?x214)))
 (let ((?x247 (+ 1.0 ?x217)))
 (let ((?x168 (/ ?x117 exp!5)))
 (let ((?x248 (* ?x168 ?x247)))
 (let ((?x260 (* |f[1]| ?x248)))
 (let ((?x160 (/ 1.0 exp!5)))
 (let ((?x218 (* ?x160 ?x217)))
 (let ((?x148 (* |f[0]| ?x218)))
 (let ((?x290 (+ ?x148 ?x260)))
 (let ((?x212 (* ?x168 ?x168)))
 (let ((?x94 (+ |f[1]| |f[1]|)))
 (let ((?x72 (- |f[1]|)))
 (let ((?x95 (+ ?x72 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (+ |f[1]| ?x96)))
 (let ((?x98 (* (/ 1.0 2.0) ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x202 (* ?x99 ?x168)))
 (let ((?x221 (+ ?x98 ?x202)))
 (let ((?x222 (+ ?x202 ?x221)))
 (let ((?x223 (+ ?x98 ?x222)))
 (let ((?x216 (* ?x223 ?x212)))
 (let ((?x71 (+ |f[0]| |f[1]|)))
 (let ((?x24 (- |f[0]|)))
 (let ((?x80 (+ ?x24 ?x71)))
 (let ((?x81 (- ?x80)))
 (let ((?x82 (+ |f[0]| ?x81)))
 (let ((?x83 (* (/ 1.0 2.0) ?x82)))
 (let ((?x84 (- ?x83)))
 (let ((?x182 (* ?x84 ?x168)))
 (let ((?x73 (+ ?x71 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x75 (+ |f[1]| ?x74)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x164 (* ?x77 ?x168)))
 (let ((?x181 (+ ?x164 ?x182)))
 (let ((?x219 (+ ?x76 ?x181)))
 (let ((?x184 (* ?x168 ?x160)))
 (let ((?x220 (* ?x184 ?x219)))
 (let ((?x165 (+ ?x76 ?x164)))
 (let ((?x183 (+ ?x165 ?x182)))
 (let ((?x179 (* ?x183 ?x184)))
 (let ((?x163 (* ?x160 ?x160)))
 (let ((?x23 (+ |f[0]| |f[0]|)))
 (let ((?x25 (+ ?x23 ?x24)))
 (let ((?x26 (- ?x25)))
 (let ((?x27 (+ |f[0]| ?x26)))
 (let ((?x29 (* ?x27 (/ 1.0 2.0))))
 (let ((?x30 (- ?x29)))
 (let ((?x169 (* ?x30 ?x168)))
 (let ((?x170 (+ ?x169 ?x169)))
 (let ((?x161 (* ?x170 ?x163)))
 (let ((?x180 (+ ?x161 ?x179)))
 (let ((?x201 (+ ?x180 ?x220)))
 (let ((?x213 (+ ?x201 ?x216)))
 (or (and (distinct ?x213 ?x290) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x33 (< log!113 logits)))
 (= $x33 (< exp!2 exp!1))))
(assert
 (let (($x36 (< logits log!113)))
 (= $x36 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!113 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x43 (+ 1.0 log!113)))
 (>= exp!2 ?x43)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x45 (> ?x18 0.0)))
 (=> $x45 (= exp!2 ?x18))))))
(assert
 (let (($x33 (< log!113 logits)))
 (= $x33 (< exp!3 exp!1))))
(assert
 (let (($x36 (< logits log!113)))
 (= $x36 (< exp!1 exp!3))))
(assert
 (let (($x53 (< log!113 log!113)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!113 log!113)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!113 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x43 (+ 1.0 log!113)))
 (>= exp!3 ?x43)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x45 (> ?x18 0.0)))
 (=> $x45 (= exp!3 ?x18))))))
(assert
 (let (($x121 (< log!157 logits)))
 (= $x121 (< exp!4 exp!1))))
(assert
 (let (($x398 (< logits log!157)))
 (= $x398 (< exp!1 exp!4))))
(assert
 (let (($x390 (< log!157 log!113)))
 (= $x390 (< exp!4 exp!3))))
(assert
 (let (($x386 (< log!113 log!157)))
 (= $x386 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x388 (> log!157 0.0)))
 (= $x388 (> exp!4 1.0))))
(assert
 (let ((?x395 (+ 1.0 log!157)))
 (>= exp!4 ?x395)))
(assert
 (let ((?x117 (* 1.0 exp!1)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let (($x379 (> ?x118 0.0)))
 (=> $x379 (= exp!4 ?x118))))))
(assert
 (let (($x121 (< log!157 logits)))
 (= $x121 (< exp!5 exp!1))))
(assert
 (let (($x398 (< logits log!157)))
 (= $x398 (< exp!1 exp!5))))
(assert
 (let (($x390 (< log!157 log!113)))
 (= $x390 (< exp!5 exp!3))))
(assert
 (let (($x386 (< log!113 log!157)))
 (= $x386 (< exp!3 exp!5))))
(assert
 (let (($x189 (< log!157 log!157)))
 (= $x189 (< exp!5 exp!4))))
(assert
 (let (($x189 (< log!157 log!157)))
 (= $x189 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x388 (> log!157 0.0)))
 (= $x388 (> exp!5 1.0))))
(assert
 (let ((?x395 (+ 1.0 log!157)))
 (>= exp!5 ?x395)))
(assert
 (let ((?x117 (* 1.0 exp!1)))
(let ((?x118 (+ 1.0 ?x117)))
(let (($x379 (> ?x118 0.0)))
(=> $x379 (= exp!5 ?x118))))))
(check-sat)
(pop 1)
