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
 (let ((?x126 (/ ?x52 exp!5)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x58 (/ 1.0 ?x54)))
 (let ((?x59 (- ?x58)))
 (let ((?x61 (+ 1.0 ?x59)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x124 (+ ?x59 ?x62)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x125 (+ ?x60 ?x124)))
 (let ((?x127 (* ?x125 ?x126)))
 (let ((?x122 (/ 1.0 exp!5)))
 (let ((?x120 (+ ?x60 ?x61)))
 (let ((?x121 (+ ?x60 ?x120)))
 (let ((?x123 (* ?x121 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x118 (/ ?x33 exp!5)))
 (let ((?x63 (+ ?x60 ?x62)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x119 (* ?x64 ?x118)))
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
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!4 ?x89)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!4 ?x54))))))))
(assert
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!5 ?x89)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x91 (> ?x54 0.0)))
(=> $x91 (= exp!5 ?x54))))))))
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
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (< 0.0 ?x550)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x158 (/ ?x133 exp!7)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let ((?x472 (/ ?x131 ?x550)))
 (let ((?x544 (- ?x472)))
 (let ((?x464 (+ 1.0 ?x544)))
 (let ((?x412 (* 0.0 ?x464)))
 (let ((?x304 (+ ?x544 ?x412)))
 (let ((?x548 (* 0.0 ?x544)))
 (let ((?x306 (+ ?x548 ?x304)))
 (let ((?x159 (* ?x306 ?x158)))
 (let ((?x282 (/ ?x131 exp!7)))
 (let ((?x386 (+ ?x548 ?x464)))
 (let ((?x387 (+ ?x548 ?x386)))
 (let ((?x303 (* ?x387 ?x282)))
 (let ((?x160 (+ ?x303 ?x159)))
 (let ((?x389 (/ 1.0 exp!7)))
 (let ((?x455 (+ ?x548 ?x412)))
 (let ((?x545 (+ ?x544 ?x455)))
 (let ((?x390 (* ?x545 ?x389)))
 (let ((?x202 (+ ?x390 ?x160)))
 (or (and (distinct 0.0 ?x202) true)))))))))))))))))))))))))))
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
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!4 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!4 ?x54)))))))))
(assert
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!5 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!5 ?x54)))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!6 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!6 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x182 (> ?x550 0.0)))
 (=> $x182 (= exp!6 ?x550)))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!7))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!7 exp!6))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!7 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!7 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x133 (/ ?x51 exp!1)))
(let ((?x131 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x131 ?x133)))
(let ((?x550 (+ 1.0 ?x442)))
(let (($x182 (> ?x550 0.0)))
(=> $x182 (= exp!7 ?x550)))))))))
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
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let (($x424 (= 0.0 ?x510)))
 (not $x424)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (< 0.0 ?x510))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let (($x424 (= 0.0 ?x510)))
 (not $x424)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let (($x424 (= 0.0 ?x510)))
 (not $x424)))))))))
(assert
 (let ((?x623 (/ 1.0 exp!9)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let ((?x363 (/ ?x219 ?x510)))
 (let ((?x527 (- ?x363)))
 (let ((?x241 (+ 1.0 ?x527)))
 (let ((?x594 (* 0.0 ?x241)))
 (let ((?x333 (+ ?x527 ?x594)))
 (let ((?x637 (* 0.0 ?x527)))
 (let ((?x336 (+ ?x637 ?x333)))
 (let ((?x255 (* ?x336 ?x623)))
 (let ((?x194 (/ ?x219 exp!9)))
 (let ((?x488 (+ ?x637 ?x241)))
 (let ((?x142 (+ ?x637 ?x488)))
 (let ((?x471 (* ?x142 ?x194)))
 (let ((?x418 (+ ?x471 ?x255)))
 (let ((?x171 (/ ?x643 exp!9)))
 (let ((?x883 (+ ?x637 ?x594)))
 (let ((?x201 (+ ?x527 ?x883)))
 (let ((?x507 (* ?x201 ?x171)))
 (let ((?x903 (+ ?x507 ?x418)))
 (or (and (distinct 0.0 ?x903) true))))))))))))))))))))))))))))
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
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!4 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!4 ?x54))))))))))
(assert
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!5 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!5 ?x54))))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!6 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!6 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x182 (> ?x550 0.0)))
 (=> $x182 (= exp!6 ?x550))))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!7))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!7 exp!6))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!7 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!7 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x182 (> ?x550 0.0)))
 (=> $x182 (= exp!7 ?x550))))))))))
(assert
 (let (($x617 (< log!266 |logits[2]|)))
 (= $x617 (< exp!8 exp!1))))
(assert
 (let (($x612 (< |logits[2]| log!266)))
 (= $x612 (< exp!1 exp!8))))
(assert
 (let (($x640 (< log!266 |logits[0]|)))
 (= $x640 (< exp!8 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!266)))
 (= $x573 (< exp!2 exp!8))))
(assert
 (let (($x532 (< log!266 |logits[1]|)))
 (= $x532 (< exp!8 exp!3))))
(assert
 (let (($x486 (< |logits[1]| log!266)))
 (= $x486 (< exp!3 exp!8))))
(assert
 (let (($x419 (< log!266 log!120)))
 (= $x419 (< exp!8 exp!5))))
(assert
 (let (($x344 (< log!120 log!266)))
 (= $x344 (< exp!5 exp!8))))
(assert
 (let (($x301 (< log!266 log!192)))
 (= $x301 (< exp!8 exp!7))))
(assert
 (let (($x233 (< log!192 log!266)))
 (= $x233 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x166 (> log!266 0.0)))
 (= $x166 (> exp!8 1.0))))
(assert
 (let ((?x431 (+ 1.0 log!266)))
 (>= exp!8 ?x431)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let (($x553 (> ?x510 0.0)))
 (=> $x553 (= exp!8 ?x510))))))))))
(assert
 (let (($x617 (< log!266 |logits[2]|)))
 (= $x617 (< exp!9 exp!1))))
(assert
 (let (($x612 (< |logits[2]| log!266)))
 (= $x612 (< exp!1 exp!9))))
(assert
 (let (($x640 (< log!266 |logits[0]|)))
 (= $x640 (< exp!9 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!266)))
 (= $x573 (< exp!2 exp!9))))
(assert
 (let (($x532 (< log!266 |logits[1]|)))
 (= $x532 (< exp!9 exp!3))))
(assert
 (let (($x486 (< |logits[1]| log!266)))
 (= $x486 (< exp!3 exp!9))))
(assert
 (let (($x419 (< log!266 log!120)))
 (= $x419 (< exp!9 exp!5))))
(assert
 (let (($x344 (< log!120 log!266)))
 (= $x344 (< exp!5 exp!9))))
(assert
 (let (($x301 (< log!266 log!192)))
 (= $x301 (< exp!9 exp!7))))
(assert
 (let (($x233 (< log!192 log!266)))
 (= $x233 (< exp!7 exp!9))))
(assert
 (let (($x500 (< log!266 log!266)))
 (= $x500 (< exp!9 exp!8))))
(assert
 (let (($x500 (< log!266 log!266)))
 (= $x500 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x166 (> log!266 0.0)))
 (= $x166 (> exp!9 1.0))))
(assert
 (let ((?x431 (+ 1.0 log!266)))
 (>= exp!9 ?x431)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x219 (/ ?x130 exp!3)))
(let ((?x401 (+ 1.0 ?x219)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x643 (/ ?x24 exp!3)))
(let ((?x510 (+ ?x643 ?x401)))
(let (($x553 (> ?x510 0.0)))
(=> $x553 (= exp!9 ?x510))))))))))
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
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (< 0.0 ?x550))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x158 (/ ?x133 exp!7)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let ((?x472 (/ ?x131 ?x550)))
 (let ((?x544 (- ?x472)))
 (let ((?x464 (+ 1.0 ?x544)))
 (let ((?x412 (* 0.0 ?x464)))
 (let ((?x304 (+ ?x544 ?x412)))
 (let ((?x548 (* 0.0 ?x544)))
 (let ((?x306 (+ ?x548 ?x304)))
 (let ((?x159 (* ?x306 ?x158)))
 (let ((?x282 (/ ?x131 exp!7)))
 (let ((?x386 (+ ?x548 ?x464)))
 (let ((?x387 (+ ?x548 ?x386)))
 (let ((?x303 (* ?x387 ?x282)))
 (let ((?x160 (+ ?x303 ?x159)))
 (let ((?x389 (/ 1.0 exp!7)))
 (let ((?x455 (+ ?x548 ?x412)))
 (let ((?x545 (+ ?x544 ?x455)))
 (let ((?x390 (* ?x545 ?x389)))
 (let ((?x202 (+ ?x390 ?x160)))
 (or (and (distinct 0.0 ?x202) true))))))))))))))))))))))))))))
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
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!4 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!4 ?x54))))))))))
(assert
 (let (($x67 (< log!120 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!120)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!120 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!120)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!120 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!120)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!120 log!120)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!120 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!120)))
 (>= exp!5 ?x89)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!5 ?x54))))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!6 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!6 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x182 (> ?x550 0.0)))
 (=> $x182 (= exp!6 ?x550))))))))))
(assert
 (let (($x540 (< log!192 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!192)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!192 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!192)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!192 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!192)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!192 log!120)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x319 (< log!120 log!192)))
 (= $x319 (< exp!5 exp!7))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!7 exp!6))))
(assert
 (let (($x248 (< log!192 log!192)))
 (= $x248 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x378 (> log!192 0.0)))
 (= $x378 (> exp!7 1.0))))
(assert
 (let ((?x165 (+ 1.0 log!192)))
 (>= exp!7 ?x165)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x182 (> ?x550 0.0)))
 (=> $x182 (= exp!7 ?x550))))))))))
(assert
 (let (($x617 (< log!266 |logits[2]|)))
 (= $x617 (< exp!8 exp!1))))
(assert
 (let (($x612 (< |logits[2]| log!266)))
 (= $x612 (< exp!1 exp!8))))
(assert
 (let (($x640 (< log!266 |logits[0]|)))
 (= $x640 (< exp!8 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!266)))
 (= $x573 (< exp!2 exp!8))))
(assert
 (let (($x532 (< log!266 |logits[1]|)))
 (= $x532 (< exp!8 exp!3))))
(assert
 (let (($x486 (< |logits[1]| log!266)))
 (= $x486 (< exp!3 exp!8))))
(assert
 (let (($x419 (< log!266 log!120)))
 (= $x419 (< exp!8 exp!5))))
(assert
 (let (($x344 (< log!120 log!266)))
 (= $x344 (< exp!5 exp!8))))
(assert
 (let (($x301 (< log!266 log!192)))
 (= $x301 (< exp!8 exp!7))))
(assert
 (let (($x233 (< log!192 log!266)))
 (= $x233 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x166 (> log!266 0.0)))
 (= $x166 (> exp!8 1.0))))
(assert
 (let ((?x431 (+ 1.0 log!266)))
 (>= exp!8 ?x431)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x130 exp!3)))
 (let ((?x401 (+ 1.0 ?x219)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x643 (/ ?x24 exp!3)))
 (let ((?x510 (+ ?x643 ?x401)))
 (let (($x553 (> ?x510 0.0)))
 (=> $x553 (= exp!8 ?x510))))))))))
(assert
 (let (($x617 (< log!266 |logits[2]|)))
 (= $x617 (< exp!9 exp!1))))
(assert
 (let (($x612 (< |logits[2]| log!266)))
 (= $x612 (< exp!1 exp!9))))
(assert
 (let (($x640 (< log!266 |logits[0]|)))
 (= $x640 (< exp!9 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!266)))
 (= $x573 (< exp!2 exp!9))))
(assert
 (let (($x532 (< log!266 |logits[1]|)))
 (= $x532 (< exp!9 exp!3))))
(assert
 (let (($x486 (< |logits[1]| log!266)))
 (= $x486 (< exp!3 exp!9))))
(assert
 (let (($x419 (< log!266 log!120)))
 (= $x419 (< exp!9 exp!5))))
(assert
 (let (($x344 (< log!120 log!266)))
 (= $x344 (< exp!5 exp!9))))
(assert
 (let (($x301 (< log!266 log!192)))
 (= $x301 (< exp!9 exp!7))))
(assert
 (let (($x233 (< log!192 log!266)))
 (= $x233 (< exp!7 exp!9))))
(assert
 (let (($x500 (< log!266 log!266)))
 (= $x500 (< exp!9 exp!8))))
(assert
 (let (($x500 (< log!266 log!266)))
 (= $x500 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x166 (> log!266 0.0)))
 (= $x166 (> exp!9 1.0))))
(assert
 (let ((?x431 (+ 1.0 log!266)))
 (>= exp!9 ?x431)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x219 (/ ?x130 exp!3)))
(let ((?x401 (+ 1.0 ?x219)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x643 (/ ?x24 exp!3)))
(let ((?x510 (+ ?x643 ?x401)))
(let (($x553 (> ?x510 0.0)))
(=> $x553 (= exp!9 ?x510))))))))))
(check-sat)
(pop 1)
