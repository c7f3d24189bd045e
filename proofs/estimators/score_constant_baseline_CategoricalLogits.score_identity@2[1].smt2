; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x106 (/ ?x36 ?x57)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (+ 1.0 ?x107)))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (+ ?x107 ?x111)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x113 (* ?x104 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x36 ?x102)))
 (let ((?x105 (* ?x104 ?x103)))
 (or (and (distinct ?x105 ?x114) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x456 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let ((?x249 (/ ?x119 ?x383)))
 (let ((?x259 (- ?x249)))
 (let ((?x279 (+ 1.0 ?x259)))
 (let ((?x300 (* 0.0 ?x279)))
 (let ((?x261 (* 0.0 ?x259)))
 (let ((?x310 (+ ?x261 ?x300)))
 (let ((?x311 (+ ?x259 ?x310)))
 (let ((?x144 (/ 1.0 exp!5)))
 (let ((?x308 (* ?x144 ?x311)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x309 (* ?x100 ?x308)))
 (let ((?x101 (- ?x100)))
 (let ((?x156 (/ ?x101 ?x383)))
 (let ((?x143 (* ?x119 ?x156)))
 (let ((?x255 (* ?x144 ?x143)))
 (or (and (distinct ?x255 ?x309) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x119 (/ ?x9 exp!3)))
(let ((?x456 (/ (* 1.0 exp!2) exp!3)))
(let ((?x365 (+ ?x456 ?x119)))
(let ((?x383 (+ 1.0 ?x365)))
(=> (> ?x383 0.0) (= exp!5 ?x383))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!150 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let (($x213 (= 0.0 ?x132)))
 (not $x213)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let (($x213 (= 0.0 ?x132)))
 (not $x213)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let (($x213 (= 0.0 ?x132)))
 (not $x213)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let (($x213 (= 0.0 ?x132)))
 (not $x213)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let (($x213 (= 0.0 ?x132)))
 (not $x213)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x172 (/ ?x370 exp!1)))
 (let ((?x462 (+ 1.0 ?x172)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x55 exp!1)))
 (let ((?x132 (+ ?x122 ?x462)))
 (let ((?x498 (/ 1.0 ?x132)))
 (let ((?x487 (- ?x498)))
 (let ((?x461 (+ 1.0 ?x487)))
 (let ((?x229 (* 0.0 ?x461)))
 (let ((?x125 (* 0.0 ?x487)))
 (let ((?x699 (+ ?x125 ?x229)))
 (let ((?x680 (+ ?x487 ?x699)))
 (let ((?x280 (/ ?x122 exp!6)))
 (let ((?x152 (* ?x280 ?x680)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x386 (* ?x100 ?x152)))
 (let ((?x101 (- ?x100)))
 (let ((?x246 (/ ?x101 ?x132)))
 (let ((?x400 (* ?x280 ?x246)))
 (or (and (distinct ?x400 ?x386) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x172 (/ ?x370 exp!1)))
(let ((?x462 (+ 1.0 ?x172)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x122 (/ ?x55 exp!1)))
(let ((?x132 (+ ?x122 ?x462)))
(=> (> ?x132 0.0) (= exp!6 ?x132)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (let ((?x249 (/ ?x119 ?x383)))
 (let ((?x259 (- ?x249)))
 (let ((?x279 (+ 1.0 ?x259)))
 (let ((?x300 (* 0.0 ?x279)))
 (let ((?x261 (* 0.0 ?x259)))
 (let ((?x310 (+ ?x261 ?x300)))
 (let ((?x311 (+ ?x259 ?x310)))
 (let ((?x144 (/ 1.0 exp!5)))
 (let ((?x308 (* ?x144 ?x311)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x309 (* ?x100 ?x308)))
 (let ((?x101 (- ?x100)))
 (let ((?x156 (/ ?x101 ?x383)))
 (let ((?x143 (* ?x119 ?x156)))
 (let ((?x255 (* ?x144 ?x143)))
 (or (and (distinct ?x255 ?x309) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x456 (/ ?x370 exp!3)))
 (let ((?x365 (+ ?x456 ?x119)))
 (let ((?x383 (+ 1.0 ?x365)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x172 (/ ?x370 exp!1)))
(let ((?x462 (+ 1.0 ?x172)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x122 (/ ?x55 exp!1)))
(let ((?x132 (+ ?x122 ?x462)))
(=> (> ?x132 0.0) (= exp!6 ?x132)))))))))
(check-sat)
(pop 1)
