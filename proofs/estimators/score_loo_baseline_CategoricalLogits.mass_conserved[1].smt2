; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[1]', verdict proved
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
(declare-fun log!120 () Real)
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
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
 (let ((?x391 (/ ?x133 ?x549)))
 (let ((?x286 (- ?x391)))
 (let ((?x310 (* 0.0 ?x286)))
 (let ((?x307 (+ 1.0 ?x286)))
 (let ((?x152 (+ ?x307 ?x310)))
 (let ((?x153 (+ ?x310 ?x152)))
 (let ((?x402 (/ ?x133 exp!7)))
 (let ((?x262 (* ?x402 ?x153)))
 (let ((?x308 (* 0.0 ?x307)))
 (let ((?x216 (+ ?x286 ?x308)))
 (let ((?x220 (+ ?x310 ?x216)))
 (let ((?x206 (/ ?x131 exp!7)))
 (let ((?x222 (* ?x206 ?x220)))
 (let ((?x256 (+ ?x222 ?x262)))
 (let ((?x158 (+ ?x308 ?x310)))
 (let ((?x159 (+ ?x286 ?x158)))
 (let ((?x390 (/ 1.0 exp!7)))
 (let ((?x160 (* ?x390 ?x159)))
 (let ((?x266 (+ ?x160 ?x256)))
 (or (and (distinct 0.0 ?x266) true)))))))))))))))))))))))))))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!6 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x379 (> ?x549 0.0)))
 (=> $x379 (= exp!6 ?x549)))))))))
(assert
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!7 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x133 (/ ?x51 exp!1)))
(let ((?x131 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x131 ?x133)))
(let ((?x549 (+ 1.0 ?x442)))
(let (($x379 (> ?x549 0.0)))
(=> $x379 (= exp!7 ?x549)))))))))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!266 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let (($x560 (= 0.0 ?x373)))
 (not $x560)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (< 0.0 ?x373))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let (($x560 (= 0.0 ?x373)))
 (not $x560)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let (($x560 (= 0.0 ?x373)))
 (not $x560)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let ((?x611 (/ 1.0 ?x373)))
 (let ((?x613 (- ?x611)))
 (let ((?x584 (* 0.0 ?x613)))
 (let ((?x441 (+ 1.0 ?x613)))
 (let ((?x521 (+ ?x441 ?x584)))
 (let ((?x424 (+ ?x584 ?x521)))
 (let ((?x330 (/ 1.0 exp!9)))
 (let ((?x565 (* ?x330 ?x424)))
 (let ((?x912 (* 0.0 ?x441)))
 (let ((?x138 (+ ?x613 ?x912)))
 (let ((?x665 (+ ?x584 ?x138)))
 (let ((?x299 (/ ?x171 exp!9)))
 (let ((?x209 (* ?x299 ?x665)))
 (let ((?x612 (+ ?x209 ?x565)))
 (let ((?x911 (+ ?x912 ?x584)))
 (let ((?x388 (+ ?x613 ?x911)))
 (let ((?x217 (/ ?x621 exp!9)))
 (let ((?x634 (* ?x217 ?x388)))
 (let ((?x913 (+ ?x634 ?x612)))
 (or (and (distinct 0.0 ?x913) true))))))))))))))))))))))))))))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!6 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x379 (> ?x549 0.0)))
 (=> $x379 (= exp!6 ?x549))))))))))
(assert
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!7 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x379 (> ?x549 0.0)))
 (=> $x379 (= exp!7 ?x549))))))))))
(assert
 (let (($x332 (< log!266 |logits[2]|)))
 (= $x332 (< exp!8 exp!1))))
(assert
 (let (($x893 (< |logits[2]| log!266)))
 (= $x893 (< exp!1 exp!8))))
(assert
 (let (($x482 (< log!266 |logits[0]|)))
 (= $x482 (< exp!8 exp!2))))
(assert
 (let (($x624 (< |logits[0]| log!266)))
 (= $x624 (< exp!2 exp!8))))
(assert
 (let (($x626 (< log!266 |logits[1]|)))
 (= $x626 (< exp!8 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!266)))
 (= $x604 (< exp!3 exp!8))))
(assert
 (let (($x562 (< log!266 log!120)))
 (= $x562 (< exp!8 exp!5))))
(assert
 (let (($x287 (< log!120 log!266)))
 (= $x287 (< exp!5 exp!8))))
(assert
 (let (($x528 (< log!266 log!192)))
 (= $x528 (< exp!8 exp!7))))
(assert
 (let (($x384 (< log!192 log!266)))
 (= $x384 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x259 (> log!266 0.0)))
 (= $x259 (> exp!8 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!266)))
 (>= exp!8 ?x370)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let (($x172 (> ?x373 0.0)))
 (=> $x172 (= exp!8 ?x373))))))))))
(assert
 (let (($x332 (< log!266 |logits[2]|)))
 (= $x332 (< exp!9 exp!1))))
(assert
 (let (($x893 (< |logits[2]| log!266)))
 (= $x893 (< exp!1 exp!9))))
(assert
 (let (($x482 (< log!266 |logits[0]|)))
 (= $x482 (< exp!9 exp!2))))
(assert
 (let (($x624 (< |logits[0]| log!266)))
 (= $x624 (< exp!2 exp!9))))
(assert
 (let (($x626 (< log!266 |logits[1]|)))
 (= $x626 (< exp!9 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!266)))
 (= $x604 (< exp!3 exp!9))))
(assert
 (let (($x562 (< log!266 log!120)))
 (= $x562 (< exp!9 exp!5))))
(assert
 (let (($x287 (< log!120 log!266)))
 (= $x287 (< exp!5 exp!9))))
(assert
 (let (($x528 (< log!266 log!192)))
 (= $x528 (< exp!9 exp!7))))
(assert
 (let (($x384 (< log!192 log!266)))
 (= $x384 (< exp!7 exp!9))))
(assert
 (let (($x580 (< log!266 log!266)))
 (= $x580 (< exp!9 exp!8))))
(assert
 (let (($x580 (< log!266 log!266)))
 (= $x580 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x259 (> log!266 0.0)))
 (= $x259 (> exp!9 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!266)))
 (>= exp!9 ?x370)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x171 (/ ?x130 exp!3)))
(let ((?x350 (+ 1.0 ?x171)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x621 (/ ?x24 exp!3)))
(let ((?x373 (+ ?x621 ?x350)))
(let (($x172 (> ?x373 0.0)))
(=> $x172 (= exp!9 ?x373))))))))))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!266 () Real)
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
 (let ((?x391 (/ ?x133 ?x549)))
 (let ((?x286 (- ?x391)))
 (let ((?x310 (* 0.0 ?x286)))
 (let ((?x307 (+ 1.0 ?x286)))
 (let ((?x152 (+ ?x307 ?x310)))
 (let ((?x153 (+ ?x310 ?x152)))
 (let ((?x402 (/ ?x133 exp!7)))
 (let ((?x262 (* ?x402 ?x153)))
 (let ((?x308 (* 0.0 ?x307)))
 (let ((?x216 (+ ?x286 ?x308)))
 (let ((?x220 (+ ?x310 ?x216)))
 (let ((?x206 (/ ?x131 exp!7)))
 (let ((?x222 (* ?x206 ?x220)))
 (let ((?x256 (+ ?x222 ?x262)))
 (let ((?x158 (+ ?x308 ?x310)))
 (let ((?x159 (+ ?x286 ?x158)))
 (let ((?x390 (/ 1.0 exp!7)))
 (let ((?x160 (* ?x390 ?x159)))
 (let ((?x266 (+ ?x160 ?x256)))
 (or (and (distinct 0.0 ?x266) true))))))))))))))))))))))))))))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
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
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!6 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!6))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!6 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!6))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!6 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!6))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!6 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!6 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!6 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x379 (> ?x549 0.0)))
 (=> $x379 (= exp!6 ?x549))))))))))
(assert
 (let (($x554 (< log!192 |logits[2]|)))
 (= $x554 (< exp!7 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!192)))
 (= $x455 (< exp!1 exp!7))))
(assert
 (let (($x457 (< log!192 |logits[0]|)))
 (= $x457 (< exp!7 exp!2))))
(assert
 (let (($x450 (< |logits[0]| log!192)))
 (= $x450 (< exp!2 exp!7))))
(assert
 (let (($x543 (< log!192 |logits[1]|)))
 (= $x543 (< exp!7 exp!3))))
(assert
 (let (($x541 (< |logits[1]| log!192)))
 (= $x541 (< exp!3 exp!7))))
(assert
 (let (($x552 (< log!192 log!120)))
 (= $x552 (< exp!7 exp!5))))
(assert
 (let (($x514 (< log!120 log!192)))
 (= $x514 (< exp!5 exp!7))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!192 log!192)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x151 (> log!192 0.0)))
 (= $x151 (> exp!7 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!192)))
 (>= exp!7 ?x323)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x549 (+ 1.0 ?x442)))
 (let (($x379 (> ?x549 0.0)))
 (=> $x379 (= exp!7 ?x549))))))))))
(assert
 (let (($x332 (< log!266 |logits[2]|)))
 (= $x332 (< exp!8 exp!1))))
(assert
 (let (($x893 (< |logits[2]| log!266)))
 (= $x893 (< exp!1 exp!8))))
(assert
 (let (($x482 (< log!266 |logits[0]|)))
 (= $x482 (< exp!8 exp!2))))
(assert
 (let (($x624 (< |logits[0]| log!266)))
 (= $x624 (< exp!2 exp!8))))
(assert
 (let (($x626 (< log!266 |logits[1]|)))
 (= $x626 (< exp!8 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!266)))
 (= $x604 (< exp!3 exp!8))))
(assert
 (let (($x562 (< log!266 log!120)))
 (= $x562 (< exp!8 exp!5))))
(assert
 (let (($x287 (< log!120 log!266)))
 (= $x287 (< exp!5 exp!8))))
(assert
 (let (($x528 (< log!266 log!192)))
 (= $x528 (< exp!8 exp!7))))
(assert
 (let (($x384 (< log!192 log!266)))
 (= $x384 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x259 (> log!266 0.0)))
 (= $x259 (> exp!8 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!266)))
 (>= exp!8 ?x370)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x171 (/ ?x130 exp!3)))
 (let ((?x350 (+ 1.0 ?x171)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x621 (/ ?x24 exp!3)))
 (let ((?x373 (+ ?x621 ?x350)))
 (let (($x172 (> ?x373 0.0)))
 (=> $x172 (= exp!8 ?x373))))))))))
(assert
 (let (($x332 (< log!266 |logits[2]|)))
 (= $x332 (< exp!9 exp!1))))
(assert
 (let (($x893 (< |logits[2]| log!266)))
 (= $x893 (< exp!1 exp!9))))
(assert
 (let (($x482 (< log!266 |logits[0]|)))
 (= $x482 (< exp!9 exp!2))))
(assert
 (let (($x624 (< |logits[0]| log!266)))
 (= $x624 (< exp!2 exp!9))))
(assert
 (let (($x626 (< log!266 |logits[1]|)))
 (= $x626 (< exp!9 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!266)))
 (= $x604 (< exp!3 exp!9))))
(assert
 (let (($x562 (< log!266 log!120)))
 (= $x562 (< exp!9 exp!5))))
(assert
 (let (($x287 (< log!120 log!266)))
 (= $x287 (< exp!5 exp!9))))
(assert
 (let (($x528 (< log!266 log!192)))
 (= $x528 (< exp!9 exp!7))))
(assert
 (let (($x384 (< log!192 log!266)))
 (= $x384 (< exp!7 exp!9))))
(assert
 (let (($x580 (< log!266 log!266)))
 (= $x580 (< exp!9 exp!8))))
(assert
 (let (($x580 (< log!266 log!266)))
 (= $x580 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x259 (> log!266 0.0)))
 (= $x259 (> exp!9 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!266)))
 (>= exp!9 ?x370)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x171 (/ ?x130 exp!3)))
(let ((?x350 (+ 1.0 ?x171)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x621 (/ ?x24 exp!3)))
(let ((?x373 (+ ?x621 ?x350)))
(let (($x172 (> ?x373 0.0)))
(=> $x172 (= exp!9 ?x373))))))))))
(check-sat)
(pop 1)
