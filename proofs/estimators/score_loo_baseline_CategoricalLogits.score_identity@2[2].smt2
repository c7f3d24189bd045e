; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x121 (/ ?x33 ?x54)))
 (let ((?x122 (- ?x121)))
 (let ((?x124 (* 0.0 ?x122)))
 (let ((?x125 (+ ?x124 ?x124)))
 (let ((?x123 (+ 1.0 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x33 ?x117)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (< 0.0 ?x539)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (< 0.0 ?x539)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let ((?x183 (/ 1.0 ?x539)))
 (let ((?x173 (- ?x183)))
 (let ((?x181 (* 0.0 ?x173)))
 (let ((?x185 (+ ?x181 ?x181)))
 (let ((?x184 (+ 1.0 ?x173)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (/ 1.0 exp!7)))
 (let ((?x200 (* ?x187 ?x186)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x201 (* ?x115 ?x200)))
 (let ((?x116 (- ?x115)))
 (let ((?x180 (/ ?x116 ?x539)))
 (let ((?x192 (+ ?x115 ?x180)))
 (let ((?x193 (* ?x187 ?x192)))
 (or (and (distinct ?x193 ?x201) true)))))))))))))))))))))))
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
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539)))))))))
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
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!7 exp!6))))
(assert
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x431 (+ ?x130 ?x132)))
(let ((?x539 (+ 1.0 ?x431)))
(let (($x259 (> ?x539 0.0)))
(=> $x259 (= exp!7 ?x539)))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (< 0.0 ?x561))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x572 (= 0.0 ?x561)))
 (not $x572)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x572 (= 0.0 ?x561)))
 (not $x572)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x572 (= 0.0 ?x561)))
 (not $x572)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (< 0.0 ?x561))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x572 (= 0.0 ?x561)))
 (not $x572)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x572 (= 0.0 ?x561)))
 (not $x572)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let ((?x658 (/ ?x231 ?x561)))
 (let ((?x169 (- ?x658)))
 (let ((?x505 (* 0.0 ?x169)))
 (let ((?x425 (+ ?x505 ?x505)))
 (let ((?x440 (+ 1.0 ?x169)))
 (let ((?x531 (+ ?x440 ?x425)))
 (let ((?x369 (/ ?x231 exp!9)))
 (let ((?x470 (* ?x369 ?x531)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x512 (* ?x115 ?x470)))
 (let ((?x116 (- ?x115)))
 (let ((?x208 (/ ?x116 ?x561)))
 (let ((?x463 (* ?x231 ?x208)))
 (let ((?x506 (+ ?x115 ?x463)))
 (let ((?x879 (* ?x369 ?x506)))
 (or (and (distinct ?x879 ?x512) true)))))))))))))))))))))))))
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
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539))))))))))
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
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!7 exp!6))))
(assert
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!7 ?x539))))))))))
(assert
 (let (($x478 (< log!206 |logits[2]|)))
 (= $x478 (< exp!8 exp!1))))
(assert
 (let (($x354 (< |logits[2]| log!206)))
 (= $x354 (< exp!1 exp!8))))
(assert
 (let (($x626 (< log!206 |logits[0]|)))
 (= $x626 (< exp!8 exp!2))))
(assert
 (let (($x377 (< |logits[0]| log!206)))
 (= $x377 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!206 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!206)))
 (= $x582 (< exp!3 exp!8))))
(assert
 (let (($x504 (< log!206 log!100)))
 (= $x504 (< exp!8 exp!5))))
(assert
 (let (($x462 (< log!100 log!206)))
 (= $x462 (< exp!5 exp!8))))
(assert
 (let (($x458 (< log!206 log!152)))
 (= $x458 (< exp!8 exp!7))))
(assert
 (let (($x400 (< log!152 log!206)))
 (= $x400 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x312 (> log!206 0.0)))
 (= $x312 (> exp!8 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!206)))
 (>= exp!8 ?x223)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x178 (> ?x561 0.0)))
 (=> $x178 (= exp!8 ?x561))))))))))
(assert
 (let (($x478 (< log!206 |logits[2]|)))
 (= $x478 (< exp!9 exp!1))))
(assert
 (let (($x354 (< |logits[2]| log!206)))
 (= $x354 (< exp!1 exp!9))))
(assert
 (let (($x626 (< log!206 |logits[0]|)))
 (= $x626 (< exp!9 exp!2))))
(assert
 (let (($x377 (< |logits[0]| log!206)))
 (= $x377 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!206 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!206)))
 (= $x582 (< exp!3 exp!9))))
(assert
 (let (($x504 (< log!206 log!100)))
 (= $x504 (< exp!9 exp!5))))
(assert
 (let (($x462 (< log!100 log!206)))
 (= $x462 (< exp!5 exp!9))))
(assert
 (let (($x458 (< log!206 log!152)))
 (= $x458 (< exp!9 exp!7))))
(assert
 (let (($x400 (< log!152 log!206)))
 (= $x400 (< exp!7 exp!9))))
(assert
 (let (($x325 (< log!206 log!206)))
 (= $x325 (< exp!9 exp!8))))
(assert
 (let (($x325 (< log!206 log!206)))
 (= $x325 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x312 (> log!206 0.0)))
 (= $x312 (> exp!9 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!206)))
 (>= exp!9 ?x223)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x657 (/ ?x129 exp!3)))
(let ((?x475 (+ 1.0 ?x657)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x231 (/ ?x24 exp!3)))
(let ((?x561 (+ ?x231 ?x475)))
(let (($x178 (> ?x561 0.0)))
(=> $x178 (= exp!9 ?x561))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (< 0.0 ?x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (< 0.0 ?x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x544 (= 0.0 ?x539)))
 (not $x544)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let ((?x183 (/ 1.0 ?x539)))
 (let ((?x173 (- ?x183)))
 (let ((?x181 (* 0.0 ?x173)))
 (let ((?x185 (+ ?x181 ?x181)))
 (let ((?x184 (+ 1.0 ?x173)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (/ 1.0 exp!7)))
 (let ((?x200 (* ?x187 ?x186)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x201 (* ?x115 ?x200)))
 (let ((?x116 (- ?x115)))
 (let ((?x180 (/ ?x116 ?x539)))
 (let ((?x192 (+ ?x115 ?x180)))
 (let ((?x193 (* ?x187 ?x192)))
 (or (and (distinct ?x193 ?x201) true))))))))))))))))))))))))
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
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539))))))))))
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
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!7 exp!6))))
(assert
 (let (($x401 (< log!152 log!152)))
 (= $x401 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!152 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!152)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!7 ?x539))))))))))
(assert
 (let (($x478 (< log!206 |logits[2]|)))
 (= $x478 (< exp!8 exp!1))))
(assert
 (let (($x354 (< |logits[2]| log!206)))
 (= $x354 (< exp!1 exp!8))))
(assert
 (let (($x626 (< log!206 |logits[0]|)))
 (= $x626 (< exp!8 exp!2))))
(assert
 (let (($x377 (< |logits[0]| log!206)))
 (= $x377 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!206 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!206)))
 (= $x582 (< exp!3 exp!8))))
(assert
 (let (($x504 (< log!206 log!100)))
 (= $x504 (< exp!8 exp!5))))
(assert
 (let (($x462 (< log!100 log!206)))
 (= $x462 (< exp!5 exp!8))))
(assert
 (let (($x458 (< log!206 log!152)))
 (= $x458 (< exp!8 exp!7))))
(assert
 (let (($x400 (< log!152 log!206)))
 (= $x400 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x312 (> log!206 0.0)))
 (= $x312 (> exp!8 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!206)))
 (>= exp!8 ?x223)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x657 (/ ?x129 exp!3)))
 (let ((?x475 (+ 1.0 ?x657)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x231 (/ ?x24 exp!3)))
 (let ((?x561 (+ ?x231 ?x475)))
 (let (($x178 (> ?x561 0.0)))
 (=> $x178 (= exp!8 ?x561))))))))))
(assert
 (let (($x478 (< log!206 |logits[2]|)))
 (= $x478 (< exp!9 exp!1))))
(assert
 (let (($x354 (< |logits[2]| log!206)))
 (= $x354 (< exp!1 exp!9))))
(assert
 (let (($x626 (< log!206 |logits[0]|)))
 (= $x626 (< exp!9 exp!2))))
(assert
 (let (($x377 (< |logits[0]| log!206)))
 (= $x377 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!206 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!206)))
 (= $x582 (< exp!3 exp!9))))
(assert
 (let (($x504 (< log!206 log!100)))
 (= $x504 (< exp!9 exp!5))))
(assert
 (let (($x462 (< log!100 log!206)))
 (= $x462 (< exp!5 exp!9))))
(assert
 (let (($x458 (< log!206 log!152)))
 (= $x458 (< exp!9 exp!7))))
(assert
 (let (($x400 (< log!152 log!206)))
 (= $x400 (< exp!7 exp!9))))
(assert
 (let (($x325 (< log!206 log!206)))
 (= $x325 (< exp!9 exp!8))))
(assert
 (let (($x325 (< log!206 log!206)))
 (= $x325 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x312 (> log!206 0.0)))
 (= $x312 (> exp!9 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!206)))
 (>= exp!9 ?x223)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x657 (/ ?x129 exp!3)))
(let ((?x475 (+ 1.0 ?x657)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x231 (/ ?x24 exp!3)))
(let ((?x561 (+ ?x231 ?x475)))
(let (($x178 (> ?x561 0.0)))
(=> $x178 (= exp!9 ?x561))))))))))
(check-sat)
(pop 1)
