; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
(declare-fun log!118 () Real)
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
 (= (< log!118 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!118) (< exp!1 exp!4)))
(assert
 (= (< log!118 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!118) (< exp!2 exp!4)))
(assert
 (= (< log!118 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!118) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!118 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!118)))
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
(declare-fun log!118 () Real)
(declare-fun log!190 () Real)
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
 (let ((?x165 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x298 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x299 (+ ?x383 ?x298)))
 (let ((?x166 (* ?x299 ?x165)))
 (let ((?x300 (/ ?x478 exp!5)))
 (let ((?x303 (+ ?x383 ?x473)))
 (let ((?x151 (+ ?x383 ?x303)))
 (let ((?x301 (* ?x151 ?x300)))
 (let ((?x260 (+ ?x301 ?x166)))
 (let ((?x305 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x302 (* ?x468 ?x305)))
 (let ((?x261 (+ ?x302 ?x260)))
 (or (and (distinct 0.0 ?x261) true)))))))))))))))))))))))))))
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
 (= (< log!118 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!118) (< exp!1 exp!4)))
(assert
 (= (< log!118 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!118) (< exp!2 exp!4)))
(assert
 (= (< log!118 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!118) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!118 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!118)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!190 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!190) (< exp!1 exp!5)))
(assert
 (= (< log!190 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!190) (< exp!2 exp!5)))
(assert
 (= (< log!190 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!190) (< exp!3 exp!5)))
(assert
 (= (< log!190 log!118) (< exp!5 exp!4)))
(assert
 (= (< log!118 log!190) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!190 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!190)))
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
(declare-fun log!118 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!190 () Real)
(declare-fun log!264 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x370 exp!1)))
 (let ((?x221 (+ 1.0 ?x453)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x310 (/ ?x55 exp!1)))
 (let ((?x398 (+ ?x310 ?x221)))
 (let (($x384 (= 0.0 ?x398)))
 (not $x384)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x370 exp!1)))
 (let ((?x221 (+ 1.0 ?x453)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x310 (/ ?x55 exp!1)))
 (let ((?x398 (+ ?x310 ?x221)))
 (< 0.0 ?x398))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x370 exp!1)))
 (let ((?x221 (+ 1.0 ?x453)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x310 (/ ?x55 exp!1)))
 (let ((?x398 (+ ?x310 ?x221)))
 (let (($x384 (= 0.0 ?x398)))
 (not $x384)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x370 exp!1)))
 (let ((?x221 (+ 1.0 ?x453)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x310 (/ ?x55 exp!1)))
 (let ((?x398 (+ ?x310 ?x221)))
 (let (($x384 (= 0.0 ?x398)))
 (not $x384)))))))))
(assert
 (let ((?x251 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x370 exp!1)))
 (let ((?x221 (+ 1.0 ?x453)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x310 (/ ?x55 exp!1)))
 (let ((?x398 (+ ?x310 ?x221)))
 (let ((?x340 (/ ?x453 ?x398)))
 (let ((?x718 (- ?x340)))
 (let ((?x542 (+ 1.0 ?x718)))
 (let ((?x506 (* 0.0 ?x542)))
 (let ((?x396 (+ ?x718 ?x506)))
 (let ((?x356 (* 0.0 ?x718)))
 (let ((?x234 (+ ?x356 ?x396)))
 (let ((?x226 (* ?x234 ?x251)))
 (let ((?x252 (/ ?x453 exp!6)))
 (let ((?x247 (+ ?x356 ?x542)))
 (let ((?x231 (+ ?x356 ?x247)))
 (let ((?x417 (* ?x231 ?x252)))
 (let ((?x407 (+ ?x417 ?x226)))
 (let ((?x503 (/ ?x310 exp!6)))
 (let ((?x193 (+ ?x356 ?x506)))
 (let ((?x312 (+ ?x718 ?x193)))
 (let ((?x737 (* ?x312 ?x503)))
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
 (= (< log!118 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!118) (< exp!1 exp!4)))
(assert
 (= (< log!118 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!118) (< exp!2 exp!4)))
(assert
 (= (< log!118 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!118) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!118 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!118)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!190 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!190) (< exp!1 exp!5)))
(assert
 (= (< log!190 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!190) (< exp!2 exp!5)))
(assert
 (= (< log!190 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!190) (< exp!3 exp!5)))
(assert
 (= (< log!190 log!118) (< exp!5 exp!4)))
(assert
 (= (< log!118 log!190) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!190 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!190)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!264 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!264) (< exp!1 exp!6)))
(assert
 (= (< log!264 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!264) (< exp!2 exp!6)))
(assert
 (= (< log!264 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!264) (< exp!3 exp!6)))
(assert
 (= (< log!264 log!118) (< exp!6 exp!4)))
(assert
 (= (< log!118 log!264) (< exp!4 exp!6)))
(assert
 (= (< log!264 log!190) (< exp!6 exp!5)))
(assert
 (= (< log!190 log!264) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!264 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!264)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x453 (/ ?x370 exp!1)))
(let ((?x221 (+ 1.0 ?x453)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x310 (/ ?x55 exp!1)))
(let ((?x398 (+ ?x310 ?x221)))
(=> (> ?x398 0.0) (= exp!6 ?x398)))))))))
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
(declare-fun log!118 () Real)
(declare-fun log!190 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!264 () Real)
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
 (let ((?x165 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x298 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x299 (+ ?x383 ?x298)))
 (let ((?x166 (* ?x299 ?x165)))
 (let ((?x300 (/ ?x478 exp!5)))
 (let ((?x303 (+ ?x383 ?x473)))
 (let ((?x151 (+ ?x383 ?x303)))
 (let ((?x301 (* ?x151 ?x300)))
 (let ((?x260 (+ ?x301 ?x166)))
 (let ((?x305 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x302 (* ?x468 ?x305)))
 (let ((?x261 (+ ?x302 ?x260)))
 (or (and (distinct 0.0 ?x261) true))))))))))))))))))))))))))))
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
 (= (< log!118 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!118) (< exp!1 exp!4)))
(assert
 (= (< log!118 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!118) (< exp!2 exp!4)))
(assert
 (= (< log!118 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!118) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!118 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!118)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!190 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!190) (< exp!1 exp!5)))
(assert
 (= (< log!190 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!190) (< exp!2 exp!5)))
(assert
 (= (< log!190 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!190) (< exp!3 exp!5)))
(assert
 (= (< log!190 log!118) (< exp!5 exp!4)))
(assert
 (= (< log!118 log!190) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!190 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!190)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!264 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!264) (< exp!1 exp!6)))
(assert
 (= (< log!264 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!264) (< exp!2 exp!6)))
(assert
 (= (< log!264 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!264) (< exp!3 exp!6)))
(assert
 (= (< log!264 log!118) (< exp!6 exp!4)))
(assert
 (= (< log!118 log!264) (< exp!4 exp!6)))
(assert
 (= (< log!264 log!190) (< exp!6 exp!5)))
(assert
 (= (< log!190 log!264) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!264 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!264)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x453 (/ ?x370 exp!1)))
(let ((?x221 (+ 1.0 ?x453)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x310 (/ ?x55 exp!1)))
(let ((?x398 (+ ?x310 ?x221)))
(=> (> ?x398 0.0) (= exp!6 ?x398)))))))))
(check-sat)
(pop 1)
