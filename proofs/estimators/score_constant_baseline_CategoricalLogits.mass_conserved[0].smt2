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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
 (>= exp!4 ?x89)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x91 (> ?x54 0.0)))
 (=> $x91 (= exp!4 ?x54))))))))
(assert
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let ((?x326 (/ ?x133 exp!7)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let ((?x472 (/ ?x131 ?x550)))
 (let ((?x544 (- ?x472)))
 (let ((?x464 (+ 1.0 ?x544)))
 (let ((?x412 (* 0.0 ?x464)))
 (let ((?x323 (+ ?x544 ?x412)))
 (let ((?x548 (* 0.0 ?x544)))
 (let ((?x324 (+ ?x548 ?x323)))
 (let ((?x152 (* ?x324 ?x326)))
 (let ((?x319 (/ ?x131 exp!7)))
 (let ((?x398 (+ ?x548 ?x464)))
 (let ((?x318 (+ ?x548 ?x398)))
 (let ((?x282 (* ?x318 ?x319)))
 (let ((?x153 (+ ?x282 ?x152)))
 (let ((?x218 (/ 1.0 exp!7)))
 (let ((?x455 (+ ?x548 ?x412)))
 (let ((?x545 (+ ?x544 ?x455)))
 (let ((?x397 (* ?x545 ?x218)))
 (let ((?x258 (+ ?x397 ?x153)))
 (or (and (distinct 0.0 ?x258) true)))))))))))))))))))))))))))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x131 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x179 (> ?x550 0.0)))
 (=> $x179 (= exp!6 ?x550)))))))))
(assert
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!7))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!7 exp!6))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x133 (/ ?x51 exp!1)))
(let ((?x131 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x131 ?x133)))
(let ((?x550 (+ 1.0 ?x442)))
(let (($x179 (> ?x550 0.0)))
(=> $x179 (= exp!7 ?x550)))))))))
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
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let (($x637 (= 0.0 ?x448)))
 (not $x637)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (< 0.0 ?x448))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let (($x637 (= 0.0 ?x448)))
 (not $x637)))))))))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let (($x637 (= 0.0 ?x448)))
 (not $x637)))))))))
(assert
 (let ((?x614 (/ 1.0 exp!9)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let ((?x474 (/ ?x417 ?x448)))
 (let ((?x564 (- ?x474)))
 (let ((?x642 (+ 1.0 ?x564)))
 (let ((?x600 (* 0.0 ?x642)))
 (let ((?x628 (+ ?x564 ?x600)))
 (let ((?x615 (* 0.0 ?x564)))
 (let ((?x558 (+ ?x615 ?x628)))
 (let ((?x203 (* ?x558 ?x614)))
 (let ((?x589 (/ ?x417 exp!9)))
 (let ((?x630 (+ ?x615 ?x642)))
 (let ((?x611 (+ ?x615 ?x630)))
 (let ((?x349 (* ?x611 ?x589)))
 (let ((?x495 (+ ?x349 ?x203)))
 (let ((?x423 (/ ?x309 exp!9)))
 (let ((?x883 (+ ?x615 ?x600)))
 (let ((?x518 (+ ?x564 ?x883)))
 (let ((?x436 (* ?x518 ?x423)))
 (let ((?x903 (+ ?x436 ?x495)))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x179 (> ?x550 0.0)))
 (=> $x179 (= exp!6 ?x550))))))))))
(assert
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!7))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!7 exp!6))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x179 (> ?x550 0.0)))
 (=> $x179 (= exp!7 ?x550))))))))))
(assert
 (let (($x199 (< log!264 |logits[2]|)))
 (= $x199 (< exp!8 exp!1))))
(assert
 (let (($x651 (< |logits[2]| log!264)))
 (= $x651 (< exp!1 exp!8))))
(assert
 (let (($x647 (< log!264 |logits[0]|)))
 (= $x647 (< exp!8 exp!2))))
(assert
 (let (($x189 (< |logits[0]| log!264)))
 (= $x189 (< exp!2 exp!8))))
(assert
 (let (($x562 (< log!264 |logits[1]|)))
 (= $x562 (< exp!8 exp!3))))
(assert
 (let (($x493 (< |logits[1]| log!264)))
 (= $x493 (< exp!3 exp!8))))
(assert
 (let (($x402 (< log!264 log!118)))
 (= $x402 (< exp!8 exp!5))))
(assert
 (let (($x345 (< log!118 log!264)))
 (= $x345 (< exp!5 exp!8))))
(assert
 (let (($x314 (< log!264 log!190)))
 (= $x314 (< exp!8 exp!7))))
(assert
 (let (($x268 (< log!190 log!264)))
 (= $x268 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x142 (> log!264 0.0)))
 (= $x142 (> exp!8 1.0))))
(assert
 (let ((?x733 (+ 1.0 log!264)))
 (>= exp!8 ?x733)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let (($x554 (> ?x448 0.0)))
 (=> $x554 (= exp!8 ?x448))))))))))
(assert
 (let (($x199 (< log!264 |logits[2]|)))
 (= $x199 (< exp!9 exp!1))))
(assert
 (let (($x651 (< |logits[2]| log!264)))
 (= $x651 (< exp!1 exp!9))))
(assert
 (let (($x647 (< log!264 |logits[0]|)))
 (= $x647 (< exp!9 exp!2))))
(assert
 (let (($x189 (< |logits[0]| log!264)))
 (= $x189 (< exp!2 exp!9))))
(assert
 (let (($x562 (< log!264 |logits[1]|)))
 (= $x562 (< exp!9 exp!3))))
(assert
 (let (($x493 (< |logits[1]| log!264)))
 (= $x493 (< exp!3 exp!9))))
(assert
 (let (($x402 (< log!264 log!118)))
 (= $x402 (< exp!9 exp!5))))
(assert
 (let (($x345 (< log!118 log!264)))
 (= $x345 (< exp!5 exp!9))))
(assert
 (let (($x314 (< log!264 log!190)))
 (= $x314 (< exp!9 exp!7))))
(assert
 (let (($x268 (< log!190 log!264)))
 (= $x268 (< exp!7 exp!9))))
(assert
 (let (($x489 (< log!264 log!264)))
 (= $x489 (< exp!9 exp!8))))
(assert
 (let (($x489 (< log!264 log!264)))
 (= $x489 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x142 (> log!264 0.0)))
 (= $x142 (> exp!9 1.0))))
(assert
 (let ((?x733 (+ 1.0 log!264)))
 (>= exp!9 ?x733)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x417 (/ ?x130 exp!3)))
(let ((?x377 (+ 1.0 ?x417)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x309 (/ ?x24 exp!3)))
(let ((?x448 (+ ?x309 ?x377)))
(let (($x554 (> ?x448 0.0)))
(=> $x554 (= exp!9 ?x448))))))))))
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
 (let ((?x326 (/ ?x133 exp!7)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let ((?x472 (/ ?x131 ?x550)))
 (let ((?x544 (- ?x472)))
 (let ((?x464 (+ 1.0 ?x544)))
 (let ((?x412 (* 0.0 ?x464)))
 (let ((?x323 (+ ?x544 ?x412)))
 (let ((?x548 (* 0.0 ?x544)))
 (let ((?x324 (+ ?x548 ?x323)))
 (let ((?x152 (* ?x324 ?x326)))
 (let ((?x319 (/ ?x131 exp!7)))
 (let ((?x398 (+ ?x548 ?x464)))
 (let ((?x318 (+ ?x548 ?x398)))
 (let ((?x282 (* ?x318 ?x319)))
 (let ((?x153 (+ ?x282 ?x152)))
 (let ((?x218 (/ 1.0 exp!7)))
 (let ((?x455 (+ ?x548 ?x412)))
 (let ((?x545 (+ ?x544 ?x455)))
 (let ((?x397 (* ?x545 ?x218)))
 (let ((?x258 (+ ?x397 ?x153)))
 (or (and (distinct 0.0 ?x258) true))))))))))))))))))))))))))))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!4 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!4))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!4 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!4))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!4 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x67 (< log!118 |logits[2]|)))
 (= $x67 (< exp!5 exp!1))))
(assert
 (let (($x70 (< |logits[2]| log!118)))
 (= $x70 (< exp!1 exp!5))))
(assert
 (let (($x73 (< log!118 |logits[0]|)))
 (= $x73 (< exp!5 exp!2))))
(assert
 (let (($x76 (< |logits[0]| log!118)))
 (= $x76 (< exp!2 exp!5))))
(assert
 (let (($x79 (< log!118 |logits[1]|)))
 (= $x79 (< exp!5 exp!3))))
(assert
 (let (($x82 (< |logits[1]| log!118)))
 (= $x82 (< exp!3 exp!5))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!5 exp!4))))
(assert
 (let (($x107 (< log!118 log!118)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!118 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!118)))
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
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!6 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!6))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!6 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x179 (> ?x550 0.0)))
 (=> $x179 (= exp!6 ?x550))))))))))
(assert
 (let (($x540 (< log!190 |logits[2]|)))
 (= $x540 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!190)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x533 (< log!190 |logits[0]|)))
 (= $x533 (< exp!7 exp!2))))
(assert
 (let (($x539 (< |logits[0]| log!190)))
 (= $x539 (< exp!2 exp!7))))
(assert
 (let (($x549 (< log!190 |logits[1]|)))
 (= $x549 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!190)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x151 (< log!190 log!118)))
 (= $x151 (< exp!7 exp!5))))
(assert
 (let (($x165 (< log!118 log!190)))
 (= $x165 (< exp!5 exp!7))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!7 exp!6))))
(assert
 (let (($x388 (< log!190 log!190)))
 (= $x388 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x185 (> log!190 0.0)))
 (= $x185 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!190)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x51 exp!1)))
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x131 (/ ?x130 exp!1)))
 (let ((?x442 (+ ?x131 ?x133)))
 (let ((?x550 (+ 1.0 ?x442)))
 (let (($x179 (> ?x550 0.0)))
 (=> $x179 (= exp!7 ?x550))))))))))
(assert
 (let (($x199 (< log!264 |logits[2]|)))
 (= $x199 (< exp!8 exp!1))))
(assert
 (let (($x651 (< |logits[2]| log!264)))
 (= $x651 (< exp!1 exp!8))))
(assert
 (let (($x647 (< log!264 |logits[0]|)))
 (= $x647 (< exp!8 exp!2))))
(assert
 (let (($x189 (< |logits[0]| log!264)))
 (= $x189 (< exp!2 exp!8))))
(assert
 (let (($x562 (< log!264 |logits[1]|)))
 (= $x562 (< exp!8 exp!3))))
(assert
 (let (($x493 (< |logits[1]| log!264)))
 (= $x493 (< exp!3 exp!8))))
(assert
 (let (($x402 (< log!264 log!118)))
 (= $x402 (< exp!8 exp!5))))
(assert
 (let (($x345 (< log!118 log!264)))
 (= $x345 (< exp!5 exp!8))))
(assert
 (let (($x314 (< log!264 log!190)))
 (= $x314 (< exp!8 exp!7))))
(assert
 (let (($x268 (< log!190 log!264)))
 (= $x268 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x142 (> log!264 0.0)))
 (= $x142 (> exp!8 1.0))))
(assert
 (let ((?x733 (+ 1.0 log!264)))
 (>= exp!8 ?x733)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
 (let ((?x417 (/ ?x130 exp!3)))
 (let ((?x377 (+ 1.0 ?x417)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x448 (+ ?x309 ?x377)))
 (let (($x554 (> ?x448 0.0)))
 (=> $x554 (= exp!8 ?x448))))))))))
(assert
 (let (($x199 (< log!264 |logits[2]|)))
 (= $x199 (< exp!9 exp!1))))
(assert
 (let (($x651 (< |logits[2]| log!264)))
 (= $x651 (< exp!1 exp!9))))
(assert
 (let (($x647 (< log!264 |logits[0]|)))
 (= $x647 (< exp!9 exp!2))))
(assert
 (let (($x189 (< |logits[0]| log!264)))
 (= $x189 (< exp!2 exp!9))))
(assert
 (let (($x562 (< log!264 |logits[1]|)))
 (= $x562 (< exp!9 exp!3))))
(assert
 (let (($x493 (< |logits[1]| log!264)))
 (= $x493 (< exp!3 exp!9))))
(assert
 (let (($x402 (< log!264 log!118)))
 (= $x402 (< exp!9 exp!5))))
(assert
 (let (($x345 (< log!118 log!264)))
 (= $x345 (< exp!5 exp!9))))
(assert
 (let (($x314 (< log!264 log!190)))
 (= $x314 (< exp!9 exp!7))))
(assert
 (let (($x268 (< log!190 log!264)))
 (= $x268 (< exp!7 exp!9))))
(assert
 (let (($x489 (< log!264 log!264)))
 (= $x489 (< exp!9 exp!8))))
(assert
 (let (($x489 (< log!264 log!264)))
 (= $x489 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x142 (> log!264 0.0)))
 (= $x142 (> exp!9 1.0))))
(assert
 (let ((?x733 (+ 1.0 log!264)))
 (>= exp!9 ?x733)))
(assert
 (let ((?x130 (* 1.0 exp!2)))
(let ((?x417 (/ ?x130 exp!3)))
(let ((?x377 (+ 1.0 ?x417)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x309 (/ ?x24 exp!3)))
(let ((?x448 (+ ?x309 ?x377)))
(let (($x554 (> ?x448 0.0)))
(=> $x554 (= exp!9 ?x448))))))))))
(check-sat)
(pop 1)
