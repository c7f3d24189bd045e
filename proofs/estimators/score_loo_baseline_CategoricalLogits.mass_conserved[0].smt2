; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
(declare-fun log!120 () Real)
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
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
 (let ((?x297 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x165 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x166 (+ ?x383 ?x165)))
 (let ((?x268 (* ?x166 ?x297)))
 (let ((?x156 (/ ?x478 exp!5)))
 (let ((?x289 (+ ?x383 ?x473)))
 (let ((?x300 (+ ?x383 ?x289)))
 (let ((?x164 (* ?x300 ?x156)))
 (let ((?x269 (+ ?x164 ?x268)))
 (let ((?x148 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x267 (* ?x468 ?x148)))
 (let ((?x270 (+ ?x267 ?x269)))
 (or (and (distinct 0.0 ?x270) true)))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!192 () Real)
(declare-fun log!266 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x194 (/ ?x370 exp!1)))
 (let ((?x412 (+ 1.0 ?x194)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x446 (/ ?x55 exp!1)))
 (let ((?x514 (+ ?x446 ?x412)))
 (let (($x354 (= 0.0 ?x514)))
 (not $x354)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x194 (/ ?x370 exp!1)))
 (let ((?x412 (+ 1.0 ?x194)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x446 (/ ?x55 exp!1)))
 (let ((?x514 (+ ?x446 ?x412)))
 (< 0.0 ?x514))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x194 (/ ?x370 exp!1)))
 (let ((?x412 (+ 1.0 ?x194)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x446 (/ ?x55 exp!1)))
 (let ((?x514 (+ ?x446 ?x412)))
 (let (($x354 (= 0.0 ?x514)))
 (not $x354)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x194 (/ ?x370 exp!1)))
 (let ((?x412 (+ 1.0 ?x194)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x446 (/ ?x55 exp!1)))
 (let ((?x514 (+ ?x446 ?x412)))
 (let (($x354 (= 0.0 ?x514)))
 (not $x354)))))))))
(assert
 (let ((?x367 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x194 (/ ?x370 exp!1)))
 (let ((?x412 (+ 1.0 ?x194)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x446 (/ ?x55 exp!1)))
 (let ((?x514 (+ ?x446 ?x412)))
 (let ((?x325 (/ ?x194 ?x514)))
 (let ((?x162 (- ?x325)))
 (let ((?x743 (+ 1.0 ?x162)))
 (let ((?x174 (* 0.0 ?x743)))
 (let ((?x240 (+ ?x162 ?x174)))
 (let ((?x382 (* 0.0 ?x162)))
 (let ((?x503 (+ ?x382 ?x240)))
 (let ((?x454 (* ?x503 ?x367)))
 (let ((?x368 (/ ?x194 exp!6)))
 (let ((?x509 (+ ?x382 ?x743)))
 (let ((?x519 (+ ?x382 ?x509)))
 (let ((?x403 (* ?x519 ?x368)))
 (let ((?x373 (+ ?x403 ?x454)))
 (let ((?x358 (/ ?x446 exp!6)))
 (let ((?x513 (+ ?x382 ?x174)))
 (let ((?x402 (+ ?x162 ?x513)))
 (let ((?x739 (* ?x402 ?x358)))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x194 (/ ?x370 exp!1)))
(let ((?x412 (+ 1.0 ?x194)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x446 (/ ?x55 exp!1)))
(let ((?x514 (+ ?x446 ?x412)))
(=> (> ?x514 0.0) (= exp!6 ?x514)))))))))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!266 () Real)
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
 (let ((?x297 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x165 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x166 (+ ?x383 ?x165)))
 (let ((?x268 (* ?x166 ?x297)))
 (let ((?x156 (/ ?x478 exp!5)))
 (let ((?x289 (+ ?x383 ?x473)))
 (let ((?x300 (+ ?x383 ?x289)))
 (let ((?x164 (* ?x300 ?x156)))
 (let ((?x269 (+ ?x164 ?x268)))
 (let ((?x148 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x267 (* ?x468 ?x148)))
 (let ((?x270 (+ ?x267 ?x269)))
 (or (and (distinct 0.0 ?x270) true))))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x194 (/ ?x370 exp!1)))
(let ((?x412 (+ 1.0 ?x194)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x446 (/ ?x55 exp!1)))
(let ((?x514 (+ ?x446 ?x412)))
(=> (> ?x514 0.0) (= exp!6 ?x514)))))))))
(check-sat)
(pop 1)
