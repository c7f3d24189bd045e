; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'mass_conserved[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!118 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x112 (/ ?x52 ?x54)))
 (let ((?x113 (- ?x112)))
 (let ((?x116 (* 0.0 ?x113)))
 (let ((?x114 (+ 1.0 ?x113)))
 (let ((?x125 (+ ?x114 ?x116)))
 (let ((?x126 (+ ?x116 ?x125)))
 (let ((?x124 (/ ?x52 exp!5)))
 (let ((?x127 (* ?x124 ?x126)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x121 (+ ?x113 ?x115)))
 (let ((?x122 (+ ?x116 ?x121)))
 (let ((?x120 (/ 1.0 exp!5)))
 (let ((?x123 (* ?x120 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (+ ?x113 ?x117)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x119 (* ?x111 ?x118)))
 (let ((?x129 (+ ?x119 ?x128)))
 (or (and (distinct 0.0 ?x129) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!118 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!190 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (< 0.0 ?x549)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let ((?x322 (/ ?x133 ?x549)))
 (let ((?x323 (- ?x322)))
 (let ((?x328 (* 0.0 ?x323)))
 (let ((?x286 (+ 1.0 ?x323)))
 (let ((?x225 (+ ?x286 ?x328)))
 (let ((?x226 (+ ?x328 ?x225)))
 (let ((?x161 (/ ?x133 exp!7)))
 (let ((?x173 (* ?x161 ?x226)))
 (let ((?x327 (* 0.0 ?x286)))
 (let ((?x256 (+ ?x323 ?x327)))
 (let ((?x266 (+ ?x328 ?x256)))
 (let ((?x262 (/ ?x131 exp!7)))
 (let ((?x268 (* ?x262 ?x266)))
 (let ((?x177 (+ ?x268 ?x173)))
 (let ((?x330 (+ ?x327 ?x328)))
 (let ((?x152 (+ ?x323 ?x330)))
 (let ((?x402 (/ 1.0 exp!7)))
 (let ((?x153 (* ?x402 ?x152)))
 (let ((?x178 (+ ?x153 ?x177)))
 (or (and (distinct 0.0 ?x178) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!6 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x300 (> ?x549 0.0)))
 (=> $x300 (= exp!6 ?x549)))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!7 exp!6))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!7 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x133 (/ ?x51 exp!1)))
(let ((?x131 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x131 ?x133)))
(let ((?x549 (+ 1.0 ?x442)))
(let (($x300 (> ?x549 0.0)))
(=> $x300 (= exp!7 ?x549)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!118 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!190 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!264 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let (($x398 (= 0.0 ?x447)))
 (not $x398)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (< 0.0 ?x447))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let (($x398 (= 0.0 ?x447)))
 (not $x398)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let (($x398 (= 0.0 ?x447)))
 (not $x398)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let ((?x246 (/ 1.0 ?x447)))
 (let ((?x562 (- ?x246)))
 (let ((?x653 (* 0.0 ?x562)))
 (let ((?x487 (+ 1.0 ?x562)))
 (let ((?x511 (+ ?x487 ?x653)))
 (let ((?x416 (+ ?x653 ?x511)))
 (let ((?x618 (/ 1.0 exp!9)))
 (let ((?x207 (* ?x618 ?x416)))
 (let ((?x907 (* 0.0 ?x487)))
 (let ((?x576 (+ ?x562 ?x907)))
 (let ((?x470 (+ ?x653 ?x576)))
 (let ((?x491 (/ ?x364 exp!9)))
 (let ((?x316 (* ?x491 ?x470)))
 (let ((?x560 (+ ?x316 ?x207)))
 (let ((?x518 (+ ?x907 ?x653)))
 (let ((?x583 (+ ?x562 ?x518)))
 (let ((?x662 (/ ?x358 exp!9)))
 (let ((?x614 (* ?x662 ?x583)))
 (let ((?x908 (+ ?x614 ?x560)))
 (or (and (distinct 0.0 ?x908) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!6 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x300 (> ?x549 0.0)))
 (=> $x300 (= exp!6 ?x549))))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!7 exp!6))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!7 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x300 (> ?x549 0.0)))
 (=> $x300 (= exp!7 ?x549))))))))))
(assert
 (let (($x620 (< log!264 |logits[2]|)))
 (= $x620 (< exp!8 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!8))))
(assert
 (let (($x639 (< log!264 |logits[0]|)))
 (= $x639 (< exp!8 exp!2))))
(assert
 (let (($x422 (< |logits[0]| log!264)))
 (= $x422 (< exp!2 exp!8))))
(assert
 (let (($x627 (< log!264 |logits[1]|)))
 (= $x627 (< exp!8 exp!3))))
(assert
 (let (($x565 (< |logits[1]| log!264)))
 (= $x565 (< exp!3 exp!8))))
(assert
 (let (($x510 (< log!264 log!118)))
 (= $x510 (< exp!8 exp!5))))
(assert
 (let (($x481 (< log!118 log!264)))
 (= $x481 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!264 log!190)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x377 (< log!190 log!264)))
 (= $x377 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x317 (> log!264 0.0)))
 (= $x317 (> exp!8 1.0))))
(assert
 (let ((?x261 (+ 1.0 log!264)))
 (>= exp!8 ?x261)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let (($x193 (> ?x447 0.0)))
 (=> $x193 (= exp!8 ?x447))))))))))
(assert
 (let (($x620 (< log!264 |logits[2]|)))
 (= $x620 (< exp!9 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!9))))
(assert
 (let (($x639 (< log!264 |logits[0]|)))
 (= $x639 (< exp!9 exp!2))))
(assert
 (let (($x422 (< |logits[0]| log!264)))
 (= $x422 (< exp!2 exp!9))))
(assert
 (let (($x627 (< log!264 |logits[1]|)))
 (= $x627 (< exp!9 exp!3))))
(assert
 (let (($x565 (< |logits[1]| log!264)))
 (= $x565 (< exp!3 exp!9))))
(assert
 (let (($x510 (< log!264 log!118)))
 (= $x510 (< exp!9 exp!5))))
(assert
 (let (($x481 (< log!118 log!264)))
 (= $x481 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!264 log!190)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x377 (< log!190 log!264)))
 (= $x377 (< exp!7 exp!9))))
(assert
 (let (($x574 (< log!264 log!264)))
 (= $x574 (< exp!9 exp!8))))
(assert
 (let (($x574 (< log!264 log!264)))
 (= $x574 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x317 (> log!264 0.0)))
 (= $x317 (> exp!9 1.0))))
(assert
 (let ((?x261 (+ 1.0 log!264)))
 (>= exp!9 ?x261)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x364 (/ ?x130 exp!3)))
(let ((?x527 (+ 1.0 ?x364)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x358 (/ ?x24 exp!3)))
(let ((?x447 (+ ?x358 ?x527)))
(let (($x193 (> ?x447 0.0)))
(=> $x193 (= exp!9 ?x447))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!118 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!190 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!264 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (< 0.0 ?x549))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x556 (= 0.0 ?x549)))
 (not $x556)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let ((?x322 (/ ?x133 ?x549)))
 (let ((?x323 (- ?x322)))
 (let ((?x328 (* 0.0 ?x323)))
 (let ((?x286 (+ 1.0 ?x323)))
 (let ((?x225 (+ ?x286 ?x328)))
 (let ((?x226 (+ ?x328 ?x225)))
 (let ((?x161 (/ ?x133 exp!7)))
 (let ((?x173 (* ?x161 ?x226)))
 (let ((?x327 (* 0.0 ?x286)))
 (let ((?x256 (+ ?x323 ?x327)))
 (let ((?x266 (+ ?x328 ?x256)))
 (let ((?x262 (/ ?x131 exp!7)))
 (let ((?x268 (* ?x262 ?x266)))
 (let ((?x177 (+ ?x268 ?x173)))
 (let ((?x330 (+ ?x327 ?x328)))
 (let ((?x152 (+ ?x323 ?x330)))
 (let ((?x402 (/ 1.0 exp!7)))
 (let ((?x153 (* ?x402 ?x152)))
 (let ((?x178 (+ ?x153 ?x177)))
 (or (and (distinct 0.0 ?x178) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!118 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!118)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!118 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!118)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!118 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!118)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!118 log!118)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!118 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!118)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!6 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x300 (> ?x549 0.0)))
 (=> $x300 (= exp!6 ?x549))))))))))
(assert
 (let (($x554 (< log!190 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!190)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!190 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!190)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!190 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!190)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!190 log!118)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!118 log!190)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!7 exp!6))))
(assert
 (let (($x394 (< log!190 log!190)))
 (= $x394 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!190 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x303 (+ 1.0 log!190)))
 (>= exp!7 ?x303)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x300 (> ?x549 0.0)))
 (=> $x300 (= exp!7 ?x549))))))))))
(assert
 (let (($x620 (< log!264 |logits[2]|)))
 (= $x620 (< exp!8 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!8))))
(assert
 (let (($x639 (< log!264 |logits[0]|)))
 (= $x639 (< exp!8 exp!2))))
(assert
 (let (($x422 (< |logits[0]| log!264)))
 (= $x422 (< exp!2 exp!8))))
(assert
 (let (($x627 (< log!264 |logits[1]|)))
 (= $x627 (< exp!8 exp!3))))
(assert
 (let (($x565 (< |logits[1]| log!264)))
 (= $x565 (< exp!3 exp!8))))
(assert
 (let (($x510 (< log!264 log!118)))
 (= $x510 (< exp!8 exp!5))))
(assert
 (let (($x481 (< log!118 log!264)))
 (= $x481 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!264 log!190)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x377 (< log!190 log!264)))
 (= $x377 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x317 (> log!264 0.0)))
 (= $x317 (> exp!8 1.0))))
(assert
 (let ((?x261 (+ 1.0 log!264)))
 (>= exp!8 ?x261)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x364 (/ ?x130 exp!3)))
 (let ((?x527 (+ 1.0 ?x364)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x24 exp!3)))
 (let ((?x447 (+ ?x358 ?x527)))
 (let (($x193 (> ?x447 0.0)))
 (=> $x193 (= exp!8 ?x447))))))))))
(assert
 (let (($x620 (< log!264 |logits[2]|)))
 (= $x620 (< exp!9 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!9))))
(assert
 (let (($x639 (< log!264 |logits[0]|)))
 (= $x639 (< exp!9 exp!2))))
(assert
 (let (($x422 (< |logits[0]| log!264)))
 (= $x422 (< exp!2 exp!9))))
(assert
 (let (($x627 (< log!264 |logits[1]|)))
 (= $x627 (< exp!9 exp!3))))
(assert
 (let (($x565 (< |logits[1]| log!264)))
 (= $x565 (< exp!3 exp!9))))
(assert
 (let (($x510 (< log!264 log!118)))
 (= $x510 (< exp!9 exp!5))))
(assert
 (let (($x481 (< log!118 log!264)))
 (= $x481 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!264 log!190)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x377 (< log!190 log!264)))
 (= $x377 (< exp!7 exp!9))))
(assert
 (let (($x574 (< log!264 log!264)))
 (= $x574 (< exp!9 exp!8))))
(assert
 (let (($x574 (< log!264 log!264)))
 (= $x574 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x317 (> log!264 0.0)))
 (= $x317 (> exp!9 1.0))))
(assert
 (let ((?x261 (+ 1.0 log!264)))
 (>= exp!9 ?x261)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x364 (/ ?x130 exp!3)))
(let ((?x527 (+ 1.0 ?x364)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x358 (/ ?x24 exp!3)))
(let ((?x447 (+ ?x358 ?x527)))
(let (($x193 (> ?x447 0.0)))
(=> $x193 (= exp!9 ?x447))))))))))
(check-sat)
(pop 1)
