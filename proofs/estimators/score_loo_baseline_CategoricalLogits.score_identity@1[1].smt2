; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun log!100 () Real)
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
 (let ((?x121 (/ ?x52 ?x54)))
 (let ((?x122 (- ?x121)))
 (let ((?x124 (+ 1.0 ?x122)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x125 (+ ?x123 ?x124)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x52 ?x117)))
 (let ((?x119 (+ ?x115 ?x118)))
 (let ((?x120 (* ?x111 ?x119)))
 (or (and (distinct ?x120 ?x128) true)))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
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
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (< 0.0 ?x539)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (< 0.0 ?x539)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let ((?x174 (/ ?x132 ?x539)))
 (let ((?x175 (- ?x174)))
 (let ((?x152 (+ 1.0 ?x175)))
 (let ((?x151 (* 0.0 ?x175)))
 (let ((?x281 (+ ?x151 ?x152)))
 (let ((?x275 (+ ?x151 ?x281)))
 (let ((?x239 (/ ?x132 exp!7)))
 (let ((?x285 (* ?x239 ?x275)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x287 (* ?x115 ?x285)))
 (let ((?x116 (- ?x115)))
 (let ((?x241 (/ ?x116 ?x539)))
 (let ((?x420 (* ?x132 ?x241)))
 (let ((?x421 (+ ?x115 ?x420)))
 (let ((?x173 (* ?x239 ?x421)))
 (or (and (distinct ?x173 ?x287) true))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!6 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!6 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x161 (> ?x539 0.0)))
 (=> $x161 (= exp!6 ?x539)))))))))
(assert
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!7 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!7 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x461 (+ ?x130 ?x132)))
(let ((?x539 (+ 1.0 ?x461)))
(let (($x161 (> ?x539 0.0)))
(=> $x161 (= exp!7 ?x539)))))))))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (< 0.0 ?x589))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x419 (= 0.0 ?x589)))
 (not $x419)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x419 (= 0.0 ?x589)))
 (not $x419)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x419 (= 0.0 ?x589)))
 (not $x419)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (< 0.0 ?x589))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x419 (= 0.0 ?x589)))
 (not $x419)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x419 (= 0.0 ?x589)))
 (not $x419)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let ((?x885 (/ 1.0 ?x589)))
 (let ((?x662 (- ?x885)))
 (let ((?x374 (+ 1.0 ?x662)))
 (let ((?x309 (* 0.0 ?x662)))
 (let ((?x478 (+ ?x309 ?x374)))
 (let ((?x167 (+ ?x309 ?x478)))
 (let ((?x248 (/ 1.0 exp!9)))
 (let ((?x424 (* ?x248 ?x167)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x357 (* ?x115 ?x424)))
 (let ((?x116 (- ?x115)))
 (let ((?x189 (/ ?x116 ?x589)))
 (let ((?x296 (+ ?x115 ?x189)))
 (let ((?x480 (* ?x248 ?x296)))
 (or (and (distinct ?x480 ?x357) true))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!6 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!6 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x161 (> ?x539 0.0)))
 (=> $x161 (= exp!6 ?x539))))))))))
(assert
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!7 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!7 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x161 (> ?x539 0.0)))
 (=> $x161 (= exp!7 ?x539))))))))))
(assert
 (let (($x488 (< log!206 |logits[2]|)))
 (= $x488 (< exp!8 exp!1))))
(assert
 (let (($x358 (< |logits[2]| log!206)))
 (= $x358 (< exp!1 exp!8))))
(assert
 (let (($x630 (< log!206 |logits[0]|)))
 (= $x630 (< exp!8 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!8))))
(assert
 (let (($x561 (< log!206 |logits[1]|)))
 (= $x561 (< exp!8 exp!3))))
(assert
 (let (($x495 (< |logits[1]| log!206)))
 (= $x495 (< exp!3 exp!8))))
(assert
 (let (($x491 (< log!206 log!100)))
 (= $x491 (< exp!8 exp!5))))
(assert
 (let (($x483 (< log!100 log!206)))
 (= $x483 (< exp!5 exp!8))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!8 exp!7))))
(assert
 (let (($x406 (< log!152 log!206)))
 (= $x406 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x346 (> log!206 0.0)))
 (= $x346 (> exp!8 1.0))))
(assert
 (let ((?x828 (+ 1.0 log!206)))
 (>= exp!8 ?x828)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x242 (> ?x589 0.0)))
 (=> $x242 (= exp!8 ?x589))))))))))
(assert
 (let (($x488 (< log!206 |logits[2]|)))
 (= $x488 (< exp!9 exp!1))))
(assert
 (let (($x358 (< |logits[2]| log!206)))
 (= $x358 (< exp!1 exp!9))))
(assert
 (let (($x630 (< log!206 |logits[0]|)))
 (= $x630 (< exp!9 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!9))))
(assert
 (let (($x561 (< log!206 |logits[1]|)))
 (= $x561 (< exp!9 exp!3))))
(assert
 (let (($x495 (< |logits[1]| log!206)))
 (= $x495 (< exp!3 exp!9))))
(assert
 (let (($x491 (< log!206 log!100)))
 (= $x491 (< exp!9 exp!5))))
(assert
 (let (($x483 (< log!100 log!206)))
 (= $x483 (< exp!5 exp!9))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!9 exp!7))))
(assert
 (let (($x406 (< log!152 log!206)))
 (= $x406 (< exp!7 exp!9))))
(assert
 (let (($x577 (< log!206 log!206)))
 (= $x577 (< exp!9 exp!8))))
(assert
 (let (($x577 (< log!206 log!206)))
 (= $x577 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x346 (> log!206 0.0)))
 (= $x346 (> exp!9 1.0))))
(assert
 (let ((?x828 (+ 1.0 log!206)))
 (>= exp!9 ?x828)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x311 (/ ?x129 exp!3)))
(let ((?x617 (+ 1.0 ?x311)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x207 (/ ?x24 exp!3)))
(let ((?x589 (+ ?x207 ?x617)))
(let (($x242 (> ?x589 0.0)))
(=> $x242 (= exp!9 ?x589))))))))))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
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
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (< 0.0 ?x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (< 0.0 ?x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let ((?x174 (/ ?x132 ?x539)))
 (let ((?x175 (- ?x174)))
 (let ((?x152 (+ 1.0 ?x175)))
 (let ((?x151 (* 0.0 ?x175)))
 (let ((?x281 (+ ?x151 ?x152)))
 (let ((?x275 (+ ?x151 ?x281)))
 (let ((?x239 (/ ?x132 exp!7)))
 (let ((?x285 (* ?x239 ?x275)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x287 (* ?x115 ?x285)))
 (let ((?x116 (- ?x115)))
 (let ((?x241 (/ ?x116 ?x539)))
 (let ((?x420 (* ?x132 ?x241)))
 (let ((?x421 (+ ?x115 ?x420)))
 (let ((?x173 (* ?x239 ?x421)))
 (or (and (distinct ?x173 ?x287) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!6 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!6 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x161 (> ?x539 0.0)))
 (=> $x161 (= exp!6 ?x539))))))))))
(assert
 (let (($x485 (< log!152 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!152 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!152)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!152 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!152)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!152 log!100)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!100 log!152)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!7 exp!6))))
(assert
 (let (($x390 (< log!152 log!152)))
 (= $x390 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x260 (> log!152 0.0)))
 (= $x260 (> exp!7 1.0))))
(assert
 (let ((?x268 (+ 1.0 log!152)))
 (>= exp!7 ?x268)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x161 (> ?x539 0.0)))
 (=> $x161 (= exp!7 ?x539))))))))))
(assert
 (let (($x488 (< log!206 |logits[2]|)))
 (= $x488 (< exp!8 exp!1))))
(assert
 (let (($x358 (< |logits[2]| log!206)))
 (= $x358 (< exp!1 exp!8))))
(assert
 (let (($x630 (< log!206 |logits[0]|)))
 (= $x630 (< exp!8 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!8))))
(assert
 (let (($x561 (< log!206 |logits[1]|)))
 (= $x561 (< exp!8 exp!3))))
(assert
 (let (($x495 (< |logits[1]| log!206)))
 (= $x495 (< exp!3 exp!8))))
(assert
 (let (($x491 (< log!206 log!100)))
 (= $x491 (< exp!8 exp!5))))
(assert
 (let (($x483 (< log!100 log!206)))
 (= $x483 (< exp!5 exp!8))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!8 exp!7))))
(assert
 (let (($x406 (< log!152 log!206)))
 (= $x406 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x346 (> log!206 0.0)))
 (= $x346 (> exp!8 1.0))))
(assert
 (let ((?x828 (+ 1.0 log!206)))
 (>= exp!8 ?x828)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x311 (/ ?x129 exp!3)))
 (let ((?x617 (+ 1.0 ?x311)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x207 (/ ?x24 exp!3)))
 (let ((?x589 (+ ?x207 ?x617)))
 (let (($x242 (> ?x589 0.0)))
 (=> $x242 (= exp!8 ?x589))))))))))
(assert
 (let (($x488 (< log!206 |logits[2]|)))
 (= $x488 (< exp!9 exp!1))))
(assert
 (let (($x358 (< |logits[2]| log!206)))
 (= $x358 (< exp!1 exp!9))))
(assert
 (let (($x630 (< log!206 |logits[0]|)))
 (= $x630 (< exp!9 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!9))))
(assert
 (let (($x561 (< log!206 |logits[1]|)))
 (= $x561 (< exp!9 exp!3))))
(assert
 (let (($x495 (< |logits[1]| log!206)))
 (= $x495 (< exp!3 exp!9))))
(assert
 (let (($x491 (< log!206 log!100)))
 (= $x491 (< exp!9 exp!5))))
(assert
 (let (($x483 (< log!100 log!206)))
 (= $x483 (< exp!5 exp!9))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!9 exp!7))))
(assert
 (let (($x406 (< log!152 log!206)))
 (= $x406 (< exp!7 exp!9))))
(assert
 (let (($x577 (< log!206 log!206)))
 (= $x577 (< exp!9 exp!8))))
(assert
 (let (($x577 (< log!206 log!206)))
 (= $x577 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x346 (> log!206 0.0)))
 (= $x346 (> exp!9 1.0))))
(assert
 (let ((?x828 (+ 1.0 log!206)))
 (>= exp!9 ?x828)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x311 (/ ?x129 exp!3)))
(let ((?x617 (+ 1.0 ?x311)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x207 (/ ?x24 exp!3)))
(let ((?x589 (+ ?x207 ?x617)))
(let (($x242 (> ?x589 0.0)))
(=> $x242 (= exp!9 ?x589))))))))))
(check-sat)
(pop 1)
