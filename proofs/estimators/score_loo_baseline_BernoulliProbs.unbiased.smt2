; certjax: rule estimators.score_loo_baseline_BernoulliProbs, obligation 'unbiased', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!13 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!7 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x134 (/ (- 1.0) ?x12)))
 (let ((?x138 (* 0.0 ?x134)))
 (let ((?x131 (/ 1.0 probs)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x110 (* 1.0 exp!4)))
 (let ((?x140 (* ?x110 ?x139)))
 (let ((?x141 (* |f[1]| ?x140)))
 (let ((?x132 (* 0.0 ?x131)))
 (let ((?x135 (+ ?x132 ?x134)))
 (let ((?x55 (* 1.0 exp!2)))
 (let ((?x136 (* ?x55 ?x135)))
 (let ((?x137 (* |f[0]| ?x136)))
 (let ((?x142 (+ ?x137 ?x141)))
 (let ((?x128 (* ?x110 ?x110)))
 (let ((?x119 (+ |f[1]| |f[1]|)))
 (let ((?x62 (- |f[1]|)))
 (let ((?x120 (+ ?x62 ?x119)))
 (let ((?x121 (- ?x120)))
 (let ((?x122 (+ |f[1]| ?x121)))
 (let ((?x123 (* (/ 1.0 2.0) ?x122)))
 (let ((?x124 (/ ?x123 probs)))
 (let ((?x58 (/ 0.0 ?x12)))
 (let ((?x59 (- ?x58)))
 (let ((?x125 (+ ?x59 ?x124)))
 (let ((?x126 (+ ?x59 ?x125)))
 (let ((?x127 (+ ?x124 ?x126)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x61 (+ |f[0]| |f[1]|)))
 (let ((?x21 (- |f[0]|)))
 (let ((?x69 (+ ?x21 ?x61)))
 (let ((?x70 (- ?x69)))
 (let ((?x71 (+ |f[0]| ?x70)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x73 (/ ?x72 ?x12)))
 (let ((?x74 (- ?x73)))
 (let ((?x14 (/ 0.0 probs)))
 (let ((?x114 (+ ?x14 ?x74)))
 (let ((?x115 (+ ?x59 ?x114)))
 (let ((?x63 (+ ?x61 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ |f[1]| ?x64)))
 (let ((?x66 (* (/ 1.0 2.0) ?x65)))
 (let ((?x67 (/ ?x66 probs)))
 (let ((?x116 (+ ?x67 ?x115)))
 (let ((?x111 (* ?x55 ?x110)))
 (let ((?x117 (* ?x111 ?x116)))
 (let ((?x68 (+ ?x59 ?x67)))
 (let ((?x75 (+ ?x68 ?x74)))
 (let ((?x76 (+ ?x14 ?x75)))
 (let ((?x112 (* ?x76 ?x111)))
 (let ((?x56 (* ?x55 ?x55)))
 (let ((?x20 (+ |f[0]| |f[0]|)))
 (let ((?x22 (+ ?x20 ?x21)))
 (let ((?x23 (- ?x22)))
 (let ((?x24 (+ |f[0]| ?x23)))
 (let ((?x26 (* ?x24 (/ 1.0 2.0))))
 (let ((?x27 (/ ?x26 ?x12)))
 (let ((?x28 (- ?x27)))
 (let ((?x29 (+ ?x28 ?x14)))
 (let ((?x30 (+ ?x28 ?x29)))
 (let ((?x31 (+ ?x14 ?x30)))
 (let ((?x57 (* ?x31 ?x56)))
 (let ((?x113 (+ ?x57 ?x112)))
 (let ((?x118 (+ ?x113 ?x117)))
 (let ((?x130 (+ ?x118 ?x129)))
 (or (and (distinct ?x130 ?x142) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x35 (> log!13 0.0)))
 (= $x35 (> exp!1 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!13)))
 (>= exp!1 ?x38)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x40 (> ?x12 0.0)))
 (=> $x40 (= exp!1 ?x12))))))
(assert
 (let (($x44 (< log!13 log!13)))
 (= $x44 (< exp!2 exp!1))))
(assert
 (let (($x44 (< log!13 log!13)))
 (= $x44 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x35 (> log!13 0.0)))
 (= $x35 (> exp!2 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!13)))
 (>= exp!2 ?x38)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x40 (> ?x12 0.0)))
 (=> $x40 (= exp!2 ?x12))))))
(assert
 (let (($x79 (< log!7 log!13)))
 (= $x79 (< exp!3 exp!2))))
(assert
 (let (($x82 (< log!13 log!7)))
 (= $x82 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x86 (> log!7 0.0)))
 (= $x86 (> exp!3 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!7)))
 (>= exp!3 ?x89)))
(assert
 (let (($x92 (= exp!3 probs)))
 (let (($x91 (> probs 0.0)))
 (=> $x91 $x92))))
(assert
 (let (($x79 (< log!7 log!13)))
 (= $x79 (< exp!4 exp!2))))
(assert
 (let (($x82 (< log!13 log!7)))
 (= $x82 (< exp!2 exp!4))))
(assert
 (let (($x99 (< log!7 log!7)))
 (= $x99 (< exp!4 exp!3))))
(assert
 (let (($x99 (< log!7 log!7)))
 (= $x99 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!7 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!7)))
 (>= exp!4 ?x89)))
(assert
 (let (($x108 (= exp!4 probs)))
(let (($x91 (> probs 0.0)))
(=> $x91 $x108))))
(check-sat)
(pop 1)
