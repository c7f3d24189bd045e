; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
(declare-fun log!132 () Real)
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
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
 (let ((?x152 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x305 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x302 (+ ?x383 ?x305)))
 (let ((?x147 (* ?x302 ?x152)))
 (let ((?x266 (/ ?x478 exp!5)))
 (let ((?x255 (+ ?x383 ?x473)))
 (let ((?x268 (+ ?x383 ?x255)))
 (let ((?x304 (* ?x268 ?x266)))
 (let ((?x148 (+ ?x304 ?x147)))
 (let ((?x243 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x253 (* ?x468 ?x243)))
 (let ((?x300 (+ ?x253 ?x148)))
 (or (and (distinct 0.0 ?x300) true)))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
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
(declare-fun log!132 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!204 () Real)
(declare-fun log!278 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x718 (/ ?x370 exp!1)))
 (let ((?x391 (+ 1.0 ?x718)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x356 ?x391)))
 (let (($x495 (= 0.0 ?x368)))
 (not $x495)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x718 (/ ?x370 exp!1)))
 (let ((?x391 (+ 1.0 ?x718)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x356 ?x391)))
 (< 0.0 ?x368))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x718 (/ ?x370 exp!1)))
 (let ((?x391 (+ 1.0 ?x718)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x356 ?x391)))
 (let (($x495 (= 0.0 ?x368)))
 (not $x495)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x718 (/ ?x370 exp!1)))
 (let ((?x391 (+ 1.0 ?x718)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x356 ?x391)))
 (let (($x495 (= 0.0 ?x368)))
 (not $x495)))))))))
(assert
 (let ((?x535 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x718 (/ ?x370 exp!1)))
 (let ((?x391 (+ 1.0 ?x718)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x356 ?x391)))
 (let ((?x207 (/ ?x718 ?x368)))
 (let ((?x515 (- ?x207)))
 (let ((?x336 (+ 1.0 ?x515)))
 (let ((?x430 (* 0.0 ?x336)))
 (let ((?x204 (+ ?x515 ?x430)))
 (let ((?x262 (* 0.0 ?x515)))
 (let ((?x436 (+ ?x262 ?x204)))
 (let ((?x126 (* ?x436 ?x535)))
 (let ((?x519 (/ ?x718 exp!6)))
 (let ((?x524 (+ ?x262 ?x336)))
 (let ((?x575 (+ ?x262 ?x524)))
 (let ((?x444 (* ?x575 ?x519)))
 (let ((?x407 (+ ?x444 ?x126)))
 (let ((?x358 (/ ?x356 exp!6)))
 (let ((?x171 (+ ?x262 ?x430)))
 (let ((?x503 (+ ?x515 ?x171)))
 (let ((?x737 (* ?x503 ?x358)))
 (let ((?x733 (+ ?x737 ?x407)))
 (or (and (distinct 0.0 ?x733) true))))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x718 (/ ?x370 exp!1)))
(let ((?x391 (+ 1.0 ?x718)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x356 (/ ?x55 exp!1)))
(let ((?x368 (+ ?x356 ?x391)))
(=> (> ?x368 0.0) (= exp!6 ?x368)))))))))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!278 () Real)
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
 (let ((?x152 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x305 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x302 (+ ?x383 ?x305)))
 (let ((?x147 (* ?x302 ?x152)))
 (let ((?x266 (/ ?x478 exp!5)))
 (let ((?x255 (+ ?x383 ?x473)))
 (let ((?x268 (+ ?x383 ?x255)))
 (let ((?x304 (* ?x268 ?x266)))
 (let ((?x148 (+ ?x304 ?x147)))
 (let ((?x243 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x253 (* ?x468 ?x243)))
 (let ((?x300 (+ ?x253 ?x148)))
 (or (and (distinct 0.0 ?x300) true))))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x718 (/ ?x370 exp!1)))
(let ((?x391 (+ 1.0 ?x718)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x356 (/ ?x55 exp!1)))
(let ((?x368 (+ ?x356 ?x391)))
(=> (> ?x368 0.0) (= exp!6 ?x368)))))))))
(check-sat)
(pop 1)
