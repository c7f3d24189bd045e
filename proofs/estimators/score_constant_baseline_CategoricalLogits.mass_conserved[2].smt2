; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'mass_conserved[2]', verdict proved
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
 (let ((?x112 (/ ?x33 ?x54)))
 (let ((?x113 (- ?x112)))
 (let ((?x115 (* 0.0 ?x113)))
 (let ((?x121 (+ ?x113 ?x115)))
 (let ((?x114 (+ 1.0 ?x113)))
 (let ((?x120 (* 0.0 ?x114)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x124 (/ ?x52 exp!5)))
 (let ((?x125 (* ?x124 ?x122)))
 (let ((?x119 (/ 1.0 exp!5)))
 (let ((?x123 (* ?x119 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x116 (+ ?x115 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x118 (* ?x111 ?x117)))
 (let ((?x127 (+ ?x118 ?x126)))
 (or (and (distinct 0.0 ?x127) true))))))))))))))))))))))))
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
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (< 0.0 ?x550)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let ((?x218 (/ 1.0 ?x550)))
 (let ((?x397 (- ?x218)))
 (let ((?x318 (* 0.0 ?x397)))
 (let ((?x150 (+ ?x397 ?x318)))
 (let ((?x398 (+ 1.0 ?x397)))
 (let ((?x326 (* 0.0 ?x398)))
 (let ((?x151 (+ ?x326 ?x150)))
 (let ((?x252 (/ ?x131 exp!7)))
 (let ((?x262 (* ?x252 ?x151)))
 (let ((?x324 (/ ?x129 exp!7)))
 (let ((?x258 (* ?x324 ?x151)))
 (let ((?x264 (+ ?x258 ?x262)))
 (let ((?x319 (+ ?x318 ?x318)))
 (let ((?x282 (+ ?x398 ?x319)))
 (let ((?x216 (/ 1.0 exp!7)))
 (let ((?x323 (* ?x216 ?x282)))
 (let ((?x159 (+ ?x323 ?x264)))
 (or (and (distinct 0.0 ?x159) true)))))))))))))))))))))))))
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
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!6 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x296 (> ?x550 0.0)))
 (=> $x296 (= exp!6 ?x550)))))))))
(assert
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!7 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x438 (+ ?x129 ?x131)))
(let ((?x550 (+ 1.0 ?x438)))
(let (($x296 (> ?x550 0.0)))
(=> $x296 (= exp!7 ?x550)))))))))
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
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let (($x393 (= 0.0 ?x644)))
 (not $x393)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (< 0.0 ?x644))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let (($x393 (= 0.0 ?x644)))
 (not $x393)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let (($x393 (= 0.0 ?x644)))
 (not $x393)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let ((?x343 (/ ?x309 ?x644)))
 (let ((?x474 (- ?x343)))
 (let ((?x907 (* 0.0 ?x474)))
 (let ((?x564 (+ ?x474 ?x907)))
 (let ((?x483 (+ 1.0 ?x474)))
 (let ((?x470 (* 0.0 ?x483)))
 (let ((?x523 (+ ?x470 ?x564)))
 (let ((?x507 (/ 1.0 exp!9)))
 (let ((?x573 (* ?x507 ?x523)))
 (let ((?x611 (/ ?x394 exp!9)))
 (let ((?x192 (* ?x611 ?x523)))
 (let ((?x569 (+ ?x192 ?x573)))
 (let ((?x651 (+ ?x907 ?x907)))
 (let ((?x515 (+ ?x483 ?x651)))
 (let ((?x191 (/ ?x309 exp!9)))
 (let ((?x423 (* ?x191 ?x515)))
 (let ((?x165 (+ ?x423 ?x569)))
 (or (and (distinct 0.0 ?x165) true))))))))))))))))))))))))))
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
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!6 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x296 (> ?x550 0.0)))
 (=> $x296 (= exp!6 ?x550))))))))))
(assert
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!7 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x296 (> ?x550 0.0)))
 (=> $x296 (= exp!7 ?x550))))))))))
(assert
 (let (($x512 (< log!264 |logits[2]|)))
 (= $x512 (< exp!8 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!8))))
(assert
 (let (($x525 (< log!264 |logits[0]|)))
 (= $x525 (< exp!8 exp!2))))
(assert
 (let (($x417 (< |logits[0]| log!264)))
 (= $x417 (< exp!2 exp!8))))
(assert
 (let (($x635 (< log!264 |logits[1]|)))
 (= $x635 (< exp!8 exp!3))))
(assert
 (let (($x612 (< |logits[1]| log!264)))
 (= $x612 (< exp!3 exp!8))))
(assert
 (let (($x516 (< log!264 log!118)))
 (= $x516 (< exp!8 exp!5))))
(assert
 (let (($x462 (< log!118 log!264)))
 (= $x462 (< exp!5 exp!8))))
(assert
 (let (($x353 (< log!264 log!190)))
 (= $x353 (< exp!8 exp!7))))
(assert
 (let (($x421 (< log!190 log!264)))
 (= $x421 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x339 (> log!264 0.0)))
 (= $x339 (> exp!8 1.0))))
(assert
 (let ((?x292 (+ 1.0 log!264)))
 (>= exp!8 ?x292)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let (($x219 (> ?x644 0.0)))
 (=> $x219 (= exp!8 ?x644))))))))))
(assert
 (let (($x512 (< log!264 |logits[2]|)))
 (= $x512 (< exp!9 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!9))))
(assert
 (let (($x525 (< log!264 |logits[0]|)))
 (= $x525 (< exp!9 exp!2))))
(assert
 (let (($x417 (< |logits[0]| log!264)))
 (= $x417 (< exp!2 exp!9))))
(assert
 (let (($x635 (< log!264 |logits[1]|)))
 (= $x635 (< exp!9 exp!3))))
(assert
 (let (($x612 (< |logits[1]| log!264)))
 (= $x612 (< exp!3 exp!9))))
(assert
 (let (($x516 (< log!264 log!118)))
 (= $x516 (< exp!9 exp!5))))
(assert
 (let (($x462 (< log!118 log!264)))
 (= $x462 (< exp!5 exp!9))))
(assert
 (let (($x353 (< log!264 log!190)))
 (= $x353 (< exp!9 exp!7))))
(assert
 (let (($x421 (< log!190 log!264)))
 (= $x421 (< exp!7 exp!9))))
(assert
 (let (($x199 (< log!264 log!264)))
 (= $x199 (< exp!9 exp!8))))
(assert
 (let (($x199 (< log!264 log!264)))
 (= $x199 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x339 (> log!264 0.0)))
 (= $x339 (> exp!9 1.0))))
(assert
 (let ((?x292 (+ 1.0 log!264)))
 (>= exp!9 ?x292)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x394 (/ ?x128 exp!3)))
(let ((?x425 (+ 1.0 ?x394)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x309 (/ ?x24 exp!3)))
(let ((?x644 (+ ?x309 ?x425)))
(let (($x219 (> ?x644 0.0)))
(=> $x219 (= exp!9 ?x644))))))))))
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
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (< 0.0 ?x550))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let ((?x218 (/ 1.0 ?x550)))
 (let ((?x397 (- ?x218)))
 (let ((?x318 (* 0.0 ?x397)))
 (let ((?x150 (+ ?x397 ?x318)))
 (let ((?x398 (+ 1.0 ?x397)))
 (let ((?x326 (* 0.0 ?x398)))
 (let ((?x151 (+ ?x326 ?x150)))
 (let ((?x252 (/ ?x131 exp!7)))
 (let ((?x262 (* ?x252 ?x151)))
 (let ((?x324 (/ ?x129 exp!7)))
 (let ((?x258 (* ?x324 ?x151)))
 (let ((?x264 (+ ?x258 ?x262)))
 (let ((?x319 (+ ?x318 ?x318)))
 (let ((?x282 (+ ?x398 ?x319)))
 (let ((?x216 (/ 1.0 exp!7)))
 (let ((?x323 (* ?x216 ?x282)))
 (let ((?x159 (+ ?x323 ?x264)))
 (or (and (distinct 0.0 ?x159) true))))))))))))))))))))))))))
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
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!6 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x296 (> ?x550 0.0)))
 (=> $x296 (= exp!6 ?x550))))))))))
(assert
 (let (($x548 (< log!190 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!190)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!190 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!190)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!190 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!190)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!190 log!118)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!118 log!190)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!190 log!190)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!190 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!190)))
 (>= exp!7 ?x299)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x296 (> ?x550 0.0)))
 (=> $x296 (= exp!7 ?x550))))))))))
(assert
 (let (($x512 (< log!264 |logits[2]|)))
 (= $x512 (< exp!8 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!8))))
(assert
 (let (($x525 (< log!264 |logits[0]|)))
 (= $x525 (< exp!8 exp!2))))
(assert
 (let (($x417 (< |logits[0]| log!264)))
 (= $x417 (< exp!2 exp!8))))
(assert
 (let (($x635 (< log!264 |logits[1]|)))
 (= $x635 (< exp!8 exp!3))))
(assert
 (let (($x612 (< |logits[1]| log!264)))
 (= $x612 (< exp!3 exp!8))))
(assert
 (let (($x516 (< log!264 log!118)))
 (= $x516 (< exp!8 exp!5))))
(assert
 (let (($x462 (< log!118 log!264)))
 (= $x462 (< exp!5 exp!8))))
(assert
 (let (($x353 (< log!264 log!190)))
 (= $x353 (< exp!8 exp!7))))
(assert
 (let (($x421 (< log!190 log!264)))
 (= $x421 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x339 (> log!264 0.0)))
 (= $x339 (> exp!8 1.0))))
(assert
 (let ((?x292 (+ 1.0 log!264)))
 (>= exp!8 ?x292)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x128 exp!3)))
 (let ((?x425 (+ 1.0 ?x394)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x309 (/ ?x24 exp!3)))
 (let ((?x644 (+ ?x309 ?x425)))
 (let (($x219 (> ?x644 0.0)))
 (=> $x219 (= exp!8 ?x644))))))))))
(assert
 (let (($x512 (< log!264 |logits[2]|)))
 (= $x512 (< exp!9 exp!1))))
(assert
 (let (($x888 (< |logits[2]| log!264)))
 (= $x888 (< exp!1 exp!9))))
(assert
 (let (($x525 (< log!264 |logits[0]|)))
 (= $x525 (< exp!9 exp!2))))
(assert
 (let (($x417 (< |logits[0]| log!264)))
 (= $x417 (< exp!2 exp!9))))
(assert
 (let (($x635 (< log!264 |logits[1]|)))
 (= $x635 (< exp!9 exp!3))))
(assert
 (let (($x612 (< |logits[1]| log!264)))
 (= $x612 (< exp!3 exp!9))))
(assert
 (let (($x516 (< log!264 log!118)))
 (= $x516 (< exp!9 exp!5))))
(assert
 (let (($x462 (< log!118 log!264)))
 (= $x462 (< exp!5 exp!9))))
(assert
 (let (($x353 (< log!264 log!190)))
 (= $x353 (< exp!9 exp!7))))
(assert
 (let (($x421 (< log!190 log!264)))
 (= $x421 (< exp!7 exp!9))))
(assert
 (let (($x199 (< log!264 log!264)))
 (= $x199 (< exp!9 exp!8))))
(assert
 (let (($x199 (< log!264 log!264)))
 (= $x199 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x339 (> log!264 0.0)))
 (= $x339 (> exp!9 1.0))))
(assert
 (let ((?x292 (+ 1.0 log!264)))
 (>= exp!9 ?x292)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x394 (/ ?x128 exp!3)))
(let ((?x425 (+ 1.0 ?x394)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x309 (/ ?x24 exp!3)))
(let ((?x644 (+ ?x309 ?x425)))
(let (($x219 (> ?x644 0.0)))
(=> $x219 (= exp!9 ?x644))))))))))
(check-sat)
(pop 1)
