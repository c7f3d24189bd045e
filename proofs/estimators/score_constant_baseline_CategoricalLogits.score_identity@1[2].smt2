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
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
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
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
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
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x120 (/ ?x33 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x124 (* 0.0 ?x121)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x122 (+ 1.0 ?x121)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x33 ?x117)))
 (let ((?x119 (* ?x111 ?x118)))
 (or (and (distinct ?x119 ?x128) true)))))))))))))))))))))))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let ((?x329 (/ 1.0 ?x534)))
 (let ((?x330 (- ?x329)))
 (let ((?x335 (* 0.0 ?x330)))
 (let ((?x337 (+ ?x330 ?x335)))
 (let ((?x293 (+ 1.0 ?x330)))
 (let ((?x334 (* 0.0 ?x293)))
 (let ((?x157 (+ ?x334 ?x337)))
 (let ((?x199 (/ ?x132 exp!7)))
 (let ((?x158 (* ?x199 ?x157)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x159 (* ?x115 ?x158)))
 (let ((?x116 (- ?x115)))
 (let ((?x200 (/ ?x116 ?x534)))
 (let ((?x201 (* ?x199 ?x200)))
 (or (and (distinct ?x201 ?x159) true)))))))))))))))))))))))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x319 (> ?x534 0.0)))
 (=> $x319 (= exp!6 ?x534)))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!7))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x130 ?x132)))
(let ((?x534 (+ 1.0 ?x442)))
(let (($x319 (> ?x534 0.0)))
(=> $x319 (= exp!7 ?x534)))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (< 0.0 ?x361))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x390 (= 0.0 ?x361)))
 (not $x390)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x390 (= 0.0 ?x361)))
 (not $x390)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x390 (= 0.0 ?x361)))
 (not $x390)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (< 0.0 ?x361))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x390 (= 0.0 ?x361)))
 (not $x390)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x390 (= 0.0 ?x361)))
 (not $x390)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let ((?x874 (/ ?x244 ?x361)))
 (let ((?x653 (- ?x874)))
 (let ((?x262 (* 0.0 ?x653)))
 (let ((?x371 (+ ?x653 ?x262)))
 (let ((?x146 (+ 1.0 ?x653)))
 (let ((?x246 (* 0.0 ?x146)))
 (let ((?x441 (+ ?x246 ?x371)))
 (let ((?x177 (/ 1.0 exp!9)))
 (let ((?x660 (* ?x177 ?x441)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x499 (* ?x115 ?x660)))
 (let ((?x116 (- ?x115)))
 (let ((?x359 (/ ?x116 ?x361)))
 (let ((?x647 (* ?x244 ?x359)))
 (let ((?x418 (* ?x177 ?x647)))
 (or (and (distinct ?x418 ?x499) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x319 (> ?x534 0.0)))
 (=> $x319 (= exp!6 ?x534))))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!7))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x319 (> ?x534 0.0)))
 (=> $x319 (= exp!7 ?x534))))))))))
(assert
 (let (($x581 (< log!204 |logits[2]|)))
 (= $x581 (< exp!8 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!8))))
(assert
 (let (($x643 (< log!204 |logits[0]|)))
 (= $x643 (< exp!8 exp!2))))
(assert
 (let (($x594 (< |logits[0]| log!204)))
 (= $x594 (< exp!2 exp!8))))
(assert
 (let (($x545 (< log!204 |logits[1]|)))
 (= $x545 (< exp!8 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!8))))
(assert
 (let (($x556 (< log!204 log!98)))
 (= $x556 (< exp!8 exp!5))))
(assert
 (let (($x513 (< log!98 log!204)))
 (= $x513 (< exp!5 exp!8))))
(assert
 (let (($x448 (< log!204 log!150)))
 (= $x448 (< exp!8 exp!7))))
(assert
 (let (($x384 (< log!150 log!204)))
 (= $x384 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x517 (> log!204 0.0)))
 (= $x517 (> exp!8 1.0))))
(assert
 (let ((?x295 (+ 1.0 log!204)))
 (>= exp!8 ?x295)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x207 (> ?x361 0.0)))
 (=> $x207 (= exp!8 ?x361))))))))))
(assert
 (let (($x581 (< log!204 |logits[2]|)))
 (= $x581 (< exp!9 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!9))))
(assert
 (let (($x643 (< log!204 |logits[0]|)))
 (= $x643 (< exp!9 exp!2))))
(assert
 (let (($x594 (< |logits[0]| log!204)))
 (= $x594 (< exp!2 exp!9))))
(assert
 (let (($x545 (< log!204 |logits[1]|)))
 (= $x545 (< exp!9 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!9))))
(assert
 (let (($x556 (< log!204 log!98)))
 (= $x556 (< exp!9 exp!5))))
(assert
 (let (($x513 (< log!98 log!204)))
 (= $x513 (< exp!5 exp!9))))
(assert
 (let (($x448 (< log!204 log!150)))
 (= $x448 (< exp!9 exp!7))))
(assert
 (let (($x384 (< log!150 log!204)))
 (= $x384 (< exp!7 exp!9))))
(assert
 (let (($x145 (< log!204 log!204)))
 (= $x145 (< exp!9 exp!8))))
(assert
 (let (($x145 (< log!204 log!204)))
 (= $x145 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x517 (> log!204 0.0)))
 (= $x517 (> exp!9 1.0))))
(assert
 (let ((?x295 (+ 1.0 log!204)))
 (>= exp!9 ?x295)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x633 (/ ?x129 exp!3)))
(let ((?x491 (+ 1.0 ?x633)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x244 (/ ?x24 exp!3)))
(let ((?x361 (+ ?x244 ?x491)))
(let (($x207 (> ?x361 0.0)))
(=> $x207 (= exp!9 ?x361))))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let ((?x329 (/ 1.0 ?x534)))
 (let ((?x330 (- ?x329)))
 (let ((?x335 (* 0.0 ?x330)))
 (let ((?x337 (+ ?x330 ?x335)))
 (let ((?x293 (+ 1.0 ?x330)))
 (let ((?x334 (* 0.0 ?x293)))
 (let ((?x157 (+ ?x334 ?x337)))
 (let ((?x199 (/ ?x132 exp!7)))
 (let ((?x158 (* ?x199 ?x157)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x159 (* ?x115 ?x158)))
 (let ((?x116 (- ?x115)))
 (let ((?x200 (/ ?x116 ?x534)))
 (let ((?x201 (* ?x199 ?x200)))
 (or (and (distinct ?x201 ?x159) true))))))))))))))))))))))))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x319 (> ?x534 0.0)))
 (=> $x319 (= exp!6 ?x534))))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
(assert
 (let (($x528 (< |logits[0]| log!150)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!150 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!150)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!150 log!98)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!98 log!150)))
 (= $x511 (< exp!5 exp!7))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x319 (> ?x534 0.0)))
 (=> $x319 (= exp!7 ?x534))))))))))
(assert
 (let (($x581 (< log!204 |logits[2]|)))
 (= $x581 (< exp!8 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!8))))
(assert
 (let (($x643 (< log!204 |logits[0]|)))
 (= $x643 (< exp!8 exp!2))))
(assert
 (let (($x594 (< |logits[0]| log!204)))
 (= $x594 (< exp!2 exp!8))))
(assert
 (let (($x545 (< log!204 |logits[1]|)))
 (= $x545 (< exp!8 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!8))))
(assert
 (let (($x556 (< log!204 log!98)))
 (= $x556 (< exp!8 exp!5))))
(assert
 (let (($x513 (< log!98 log!204)))
 (= $x513 (< exp!5 exp!8))))
(assert
 (let (($x448 (< log!204 log!150)))
 (= $x448 (< exp!8 exp!7))))
(assert
 (let (($x384 (< log!150 log!204)))
 (= $x384 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x517 (> log!204 0.0)))
 (= $x517 (> exp!8 1.0))))
(assert
 (let ((?x295 (+ 1.0 log!204)))
 (>= exp!8 ?x295)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x129 exp!3)))
 (let ((?x491 (+ 1.0 ?x633)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x244 (/ ?x24 exp!3)))
 (let ((?x361 (+ ?x244 ?x491)))
 (let (($x207 (> ?x361 0.0)))
 (=> $x207 (= exp!8 ?x361))))))))))
(assert
 (let (($x581 (< log!204 |logits[2]|)))
 (= $x581 (< exp!9 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!9))))
(assert
 (let (($x643 (< log!204 |logits[0]|)))
 (= $x643 (< exp!9 exp!2))))
(assert
 (let (($x594 (< |logits[0]| log!204)))
 (= $x594 (< exp!2 exp!9))))
(assert
 (let (($x545 (< log!204 |logits[1]|)))
 (= $x545 (< exp!9 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!9))))
(assert
 (let (($x556 (< log!204 log!98)))
 (= $x556 (< exp!9 exp!5))))
(assert
 (let (($x513 (< log!98 log!204)))
 (= $x513 (< exp!5 exp!9))))
(assert
 (let (($x448 (< log!204 log!150)))
 (= $x448 (< exp!9 exp!7))))
(assert
 (let (($x384 (< log!150 log!204)))
 (= $x384 (< exp!7 exp!9))))
(assert
 (let (($x145 (< log!204 log!204)))
 (= $x145 (< exp!9 exp!8))))
(assert
 (let (($x145 (< log!204 log!204)))
 (= $x145 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x517 (> log!204 0.0)))
 (= $x517 (> exp!9 1.0))))
(assert
 (let ((?x295 (+ 1.0 log!204)))
 (>= exp!9 ?x295)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x633 (/ ?x129 exp!3)))
(let ((?x491 (+ 1.0 ?x633)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x244 (/ ?x24 exp!3)))
(let ((?x361 (+ ?x244 ?x491)))
(let (($x207 (> ?x361 0.0)))
(=> $x207 (= exp!9 ?x361))))))))))
(check-sat)
(pop 1)
