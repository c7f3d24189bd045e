; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
(declare-fun log!149 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x62 (- ?x61)))
 (let ((?x64 (+ 1.0 ?x62)))
 (let ((?x65 (* 0.0 ?x64)))
 (let ((?x113 (+ ?x62 ?x65)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x114 (+ ?x63 ?x113)))
 (let ((?x118 (* ?x114 ?x117)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x106 (+ ?x63 ?x64)))
 (let ((?x107 (+ ?x63 ?x106)))
 (let ((?x112 (* ?x107 ?x111)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x67 (+ ?x62 ?x66)))
 (let ((?x105 (* ?x67 ?x104)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
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
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x303 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x265 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x266 (+ ?x383 ?x265)))
 (let ((?x151 (* ?x266 ?x303)))
 (let ((?x269 (/ ?x478 exp!5)))
 (let ((?x249 (+ ?x383 ?x473)))
 (let ((?x243 (+ ?x383 ?x249)))
 (let ((?x270 (* ?x243 ?x269)))
 (let ((?x152 (+ ?x270 ?x151)))
 (let ((?x149 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x150 (* ?x468 ?x149)))
 (let ((?x147 (+ ?x150 ?x152)))
 (or (and (distinct 0.0 ?x147) true)))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x478 (/ (* 1.0 exp!2) exp!3)))
(let ((?x469 (+ ?x478 ?x125)))
(let ((?x479 (+ 1.0 ?x469)))
(=> (> ?x479 0.0) (= exp!5 ?x479))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!221 () Real)
(declare-fun log!295 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x176 (/ ?x370 exp!1)))
 (let ((?x494 (+ 1.0 ?x176)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x459 (/ ?x55 exp!1)))
 (let ((?x189 (+ ?x459 ?x494)))
 (let (($x191 (= 0.0 ?x189)))
 (not $x191)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x176 (/ ?x370 exp!1)))
 (let ((?x494 (+ 1.0 ?x176)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x459 (/ ?x55 exp!1)))
 (let ((?x189 (+ ?x459 ?x494)))
 (< 0.0 ?x189))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x176 (/ ?x370 exp!1)))
 (let ((?x494 (+ 1.0 ?x176)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x459 (/ ?x55 exp!1)))
 (let ((?x189 (+ ?x459 ?x494)))
 (let (($x191 (= 0.0 ?x189)))
 (not $x191)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x176 (/ ?x370 exp!1)))
 (let ((?x494 (+ 1.0 ?x176)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x459 (/ ?x55 exp!1)))
 (let ((?x189 (+ ?x459 ?x494)))
 (let (($x191 (= 0.0 ?x189)))
 (not $x191)))))))))
(assert
 (let ((?x284 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x176 (/ ?x370 exp!1)))
 (let ((?x494 (+ 1.0 ?x176)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x459 (/ ?x55 exp!1)))
 (let ((?x189 (+ ?x459 ?x494)))
 (let ((?x285 (/ ?x176 ?x189)))
 (let ((?x312 (- ?x285)))
 (let ((?x192 (+ 1.0 ?x312)))
 (let ((?x431 (* 0.0 ?x192)))
 (let ((?x283 (+ ?x312 ?x431)))
 (let ((?x542 (* 0.0 ?x312)))
 (let ((?x168 (+ ?x542 ?x283)))
 (let ((?x521 (* ?x168 ?x284)))
 (let ((?x215 (/ ?x176 exp!6)))
 (let ((?x421 (+ ?x542 ?x192)))
 (let ((?x733 (+ ?x542 ?x421)))
 (let ((?x504 (* ?x733 ?x215)))
 (let ((?x373 (+ ?x504 ?x521)))
 (let ((?x520 (/ ?x459 exp!6)))
 (let ((?x377 (+ ?x542 ?x431)))
 (let ((?x408 (+ ?x312 ?x377)))
 (let ((?x739 (* ?x408 ?x520)))
 (let ((?x735 (+ ?x739 ?x373)))
 (or (and (distinct 0.0 ?x735) true))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x176 (/ ?x370 exp!1)))
(let ((?x494 (+ 1.0 ?x176)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x459 (/ ?x55 exp!1)))
(let ((?x189 (+ ?x459 ?x494)))
(=> (> ?x189 0.0) (= exp!6 ?x189)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!295 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x303 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x265 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x266 (+ ?x383 ?x265)))
 (let ((?x151 (* ?x266 ?x303)))
 (let ((?x269 (/ ?x478 exp!5)))
 (let ((?x249 (+ ?x383 ?x473)))
 (let ((?x243 (+ ?x383 ?x249)))
 (let ((?x270 (* ?x243 ?x269)))
 (let ((?x152 (+ ?x270 ?x151)))
 (let ((?x149 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x150 (* ?x468 ?x149)))
 (let ((?x147 (+ ?x150 ?x152)))
 (or (and (distinct 0.0 ?x147) true))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x176 (/ ?x370 exp!1)))
(let ((?x494 (+ 1.0 ?x176)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x459 (/ ?x55 exp!1)))
(let ((?x189 (+ ?x459 ?x494)))
(=> (> ?x189 0.0) (= exp!6 ?x189)))))))))
(check-sat)
(pop 1)
