; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x106 (/ ?x56 ?x57)))
 (let ((?x107 (- ?x106)))
 (let ((?x110 (* 0.0 ?x107)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x108 (+ 1.0 ?x107)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x104 (/ ?x36 exp!4)))
 (let ((?x113 (* ?x104 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x56 ?x102)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x457 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let ((?x279 (/ 1.0 ?x383)))
 (let ((?x300 (- ?x279)))
 (let ((?x308 (* 0.0 ?x300)))
 (let ((?x309 (+ ?x300 ?x308)))
 (let ((?x310 (+ 1.0 ?x300)))
 (let ((?x311 (* 0.0 ?x310)))
 (let ((?x145 (+ ?x311 ?x309)))
 (let ((?x259 (/ ?x119 exp!5)))
 (let ((?x146 (* ?x259 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x141 (* ?x100 ?x146)))
 (let ((?x101 (- ?x100)))
 (let ((?x249 (/ ?x101 ?x383)))
 (let ((?x261 (* ?x259 ?x249)))
 (or (and (distinct ?x261 ?x141) true)))))))))))))))))))))))
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
(let ((?x457 (/ (* 1.0 exp!2) exp!3)))
(let ((?x370 (+ ?x457 ?x119)))
(let ((?x383 (+ 1.0 ?x370)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (< 0.0 ?x130))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let (($x342 (= 0.0 ?x130)))
 (not $x342)))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let (($x342 (= 0.0 ?x130)))
 (not $x342)))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let (($x342 (= 0.0 ?x130)))
 (not $x342)))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (< 0.0 ?x130))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let (($x342 (= 0.0 ?x130)))
 (not $x342)))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let (($x342 (= 0.0 ?x130)))
 (not $x342)))))))))
(assert
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x365 exp!1)))
 (let ((?x219 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x130 (+ ?x430 ?x219)))
 (let ((?x491 (/ ?x430 ?x130)))
 (let ((?x391 (- ?x491)))
 (let ((?x700 (* 0.0 ?x391)))
 (let ((?x681 (+ ?x391 ?x700)))
 (let ((?x357 (+ 1.0 ?x391)))
 (let ((?x381 (* 0.0 ?x357)))
 (let ((?x213 (+ ?x381 ?x681)))
 (let ((?x516 (/ 1.0 exp!6)))
 (let ((?x410 (* ?x516 ?x213)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x426 (* ?x100 ?x410)))
 (let ((?x101 (- ?x100)))
 (let ((?x522 (/ ?x101 ?x130)))
 (let ((?x319 (* ?x430 ?x522)))
 (let ((?x267 (* ?x516 ?x319)))
 (or (and (distinct ?x267 ?x426) true)))))))))))))))))))))))))
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
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
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
 (let ((?x365 (* 1.0 exp!2)))
(let ((?x215 (/ ?x365 exp!1)))
(let ((?x219 (+ 1.0 ?x215)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x130 (+ ?x430 ?x219)))
(=> (> ?x130 0.0) (= exp!6 ?x130)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
 (let ((?x279 (/ 1.0 ?x383)))
 (let ((?x300 (- ?x279)))
 (let ((?x308 (* 0.0 ?x300)))
 (let ((?x309 (+ ?x300 ?x308)))
 (let ((?x310 (+ 1.0 ?x300)))
 (let ((?x311 (* 0.0 ?x310)))
 (let ((?x145 (+ ?x311 ?x309)))
 (let ((?x259 (/ ?x119 exp!5)))
 (let ((?x146 (* ?x259 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x141 (* ?x100 ?x146)))
 (let ((?x101 (- ?x100)))
 (let ((?x249 (/ ?x101 ?x383)))
 (let ((?x261 (* ?x259 ?x249)))
 (or (and (distinct ?x261 ?x141) true))))))))))))))))))))))))
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
 (let ((?x365 (* 1.0 exp!2)))
 (let ((?x457 (/ ?x365 exp!3)))
 (let ((?x370 (+ ?x457 ?x119)))
 (let ((?x383 (+ 1.0 ?x370)))
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
 (let ((?x365 (* 1.0 exp!2)))
(let ((?x215 (/ ?x365 exp!1)))
(let ((?x219 (+ 1.0 ?x215)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x130 (+ ?x430 ?x219)))
(=> (> ?x130 0.0) (= exp!6 ?x130)))))))))
(check-sat)
(pop 1)
