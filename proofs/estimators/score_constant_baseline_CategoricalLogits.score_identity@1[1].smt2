; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
 (let ((?x173 (/ ?x132 ?x539)))
 (let ((?x174 (- ?x173)))
 (let ((?x387 (+ 1.0 ?x174)))
 (let ((?x175 (* 0.0 ?x174)))
 (let ((?x393 (+ ?x175 ?x387)))
 (let ((?x395 (+ ?x175 ?x393)))
 (let ((?x235 (/ ?x132 exp!7)))
 (let ((?x151 (* ?x235 ?x395)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x152 (* ?x115 ?x151)))
 (let ((?x116 (- ?x115)))
 (let ((?x239 (/ ?x116 ?x539)))
 (let ((?x241 (* ?x132 ?x239)))
 (let ((?x420 (+ ?x115 ?x241)))
 (let ((?x421 (* ?x235 ?x420)))
 (or (and (distinct ?x421 ?x152) true))))))))))))))))))))))))
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
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!6 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!6 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539)))))))))
(assert
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!7 exp!6))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!7 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!7 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x461 (+ ?x130 ?x132)))
(let ((?x539 (+ 1.0 ?x461)))
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
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (< 0.0 ?x210))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x403 (= 0.0 ?x210)))
 (not $x403)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x403 (= 0.0 ?x210)))
 (not $x403)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x403 (= 0.0 ?x210)))
 (not $x403)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (< 0.0 ?x210))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x403 (= 0.0 ?x210)))
 (not $x403)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x403 (= 0.0 ?x210)))
 (not $x403)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let ((?x883 (/ 1.0 ?x210)))
 (let ((?x662 (- ?x883)))
 (let ((?x659 (+ 1.0 ?x662)))
 (let ((?x575 (* 0.0 ?x662)))
 (let ((?x475 (+ ?x575 ?x659)))
 (let ((?x359 (+ ?x575 ?x475)))
 (let ((?x640 (/ 1.0 exp!9)))
 (let ((?x562 (* ?x640 ?x359)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x184 (* ?x115 ?x562)))
 (let ((?x116 (- ?x115)))
 (let ((?x204 (/ ?x116 ?x210)))
 (let ((?x317 (+ ?x115 ?x204)))
 (let ((?x654 (* ?x640 ?x317)))
 (or (and (distinct ?x654 ?x184) true))))))))))))))))))))))))
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
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!6 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!6 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539))))))))))
(assert
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!7 exp!6))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!7 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!7 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!7 ?x539))))))))))
(assert
 (let (($x631 (< log!204 |logits[2]|)))
 (= $x631 (< exp!8 exp!1))))
(assert
 (let (($x471 (< |logits[2]| log!204)))
 (= $x471 (< exp!1 exp!8))))
(assert
 (let (($x531 (< log!204 |logits[0]|)))
 (= $x531 (< exp!8 exp!2))))
(assert
 (let (($x569 (< |logits[0]| log!204)))
 (= $x569 (< exp!2 exp!8))))
(assert
 (let (($x578 (< log!204 |logits[1]|)))
 (= $x578 (< exp!8 exp!3))))
(assert
 (let (($x705 (< |logits[1]| log!204)))
 (= $x705 (< exp!3 exp!8))))
(assert
 (let (($x384 (< log!204 log!98)))
 (= $x384 (< exp!8 exp!5))))
(assert
 (let (($x495 (< log!98 log!204)))
 (= $x495 (< exp!5 exp!8))))
(assert
 (let (($x456 (< log!204 log!150)))
 (= $x456 (< exp!8 exp!7))))
(assert
 (let (($x428 (< log!150 log!204)))
 (= $x428 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x198 (> log!204 0.0)))
 (= $x198 (> exp!8 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!8 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x144 (> ?x210 0.0)))
 (=> $x144 (= exp!8 ?x210))))))))))
(assert
 (let (($x631 (< log!204 |logits[2]|)))
 (= $x631 (< exp!9 exp!1))))
(assert
 (let (($x471 (< |logits[2]| log!204)))
 (= $x471 (< exp!1 exp!9))))
(assert
 (let (($x531 (< log!204 |logits[0]|)))
 (= $x531 (< exp!9 exp!2))))
(assert
 (let (($x569 (< |logits[0]| log!204)))
 (= $x569 (< exp!2 exp!9))))
(assert
 (let (($x578 (< log!204 |logits[1]|)))
 (= $x578 (< exp!9 exp!3))))
(assert
 (let (($x705 (< |logits[1]| log!204)))
 (= $x705 (< exp!3 exp!9))))
(assert
 (let (($x384 (< log!204 log!98)))
 (= $x384 (< exp!9 exp!5))))
(assert
 (let (($x495 (< log!98 log!204)))
 (= $x495 (< exp!5 exp!9))))
(assert
 (let (($x456 (< log!204 log!150)))
 (= $x456 (< exp!9 exp!7))))
(assert
 (let (($x428 (< log!150 log!204)))
 (= $x428 (< exp!7 exp!9))))
(assert
 (let (($x262 (< log!204 log!204)))
 (= $x262 (< exp!9 exp!8))))
(assert
 (let (($x262 (< log!204 log!204)))
 (= $x262 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x198 (> log!204 0.0)))
 (= $x198 (> exp!9 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!9 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x462 (/ ?x129 exp!3)))
(let ((?x620 (+ 1.0 ?x462)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x481 (/ ?x24 exp!3)))
(let ((?x210 (+ ?x481 ?x620)))
(let (($x144 (> ?x210 0.0)))
(=> $x144 (= exp!9 ?x210))))))))))
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
 (let ((?x173 (/ ?x132 ?x539)))
 (let ((?x174 (- ?x173)))
 (let ((?x387 (+ 1.0 ?x174)))
 (let ((?x175 (* 0.0 ?x174)))
 (let ((?x393 (+ ?x175 ?x387)))
 (let ((?x395 (+ ?x175 ?x393)))
 (let ((?x235 (/ ?x132 exp!7)))
 (let ((?x151 (* ?x235 ?x395)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x152 (* ?x115 ?x151)))
 (let ((?x116 (- ?x115)))
 (let ((?x239 (/ ?x116 ?x539)))
 (let ((?x241 (* ?x132 ?x239)))
 (let ((?x420 (+ ?x115 ?x241)))
 (let ((?x421 (* ?x235 ?x420)))
 (or (and (distinct ?x421 ?x152) true)))))))))))))))))))))))))
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
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!6 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!6))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!6 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!6 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!6 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!6 ?x539))))))))))
(assert
 (let (($x485 (< log!150 |logits[2]|)))
 (= $x485 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x476 (< log!150 |logits[0]|)))
 (= $x476 (< exp!7 exp!2))))
(assert
 (let (($x429 (< |logits[0]| log!150)))
 (= $x429 (< exp!2 exp!7))))
(assert
 (let (($x537 (< log!150 |logits[1]|)))
 (= $x537 (< exp!7 exp!3))))
(assert
 (let (($x535 (< |logits[1]| log!150)))
 (= $x535 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!150 log!98)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x554 (< log!98 log!150)))
 (= $x554 (< exp!5 exp!7))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!7 exp!6))))
(assert
 (let (($x410 (< log!150 log!150)))
 (= $x410 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x321 (> log!150 0.0)))
 (= $x321 (> exp!7 1.0))))
(assert
 (let ((?x330 (+ 1.0 log!150)))
 (>= exp!7 ?x330)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x461 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x461)))
 (let (($x259 (> ?x539 0.0)))
 (=> $x259 (= exp!7 ?x539))))))))))
(assert
 (let (($x631 (< log!204 |logits[2]|)))
 (= $x631 (< exp!8 exp!1))))
(assert
 (let (($x471 (< |logits[2]| log!204)))
 (= $x471 (< exp!1 exp!8))))
(assert
 (let (($x531 (< log!204 |logits[0]|)))
 (= $x531 (< exp!8 exp!2))))
(assert
 (let (($x569 (< |logits[0]| log!204)))
 (= $x569 (< exp!2 exp!8))))
(assert
 (let (($x578 (< log!204 |logits[1]|)))
 (= $x578 (< exp!8 exp!3))))
(assert
 (let (($x705 (< |logits[1]| log!204)))
 (= $x705 (< exp!3 exp!8))))
(assert
 (let (($x384 (< log!204 log!98)))
 (= $x384 (< exp!8 exp!5))))
(assert
 (let (($x495 (< log!98 log!204)))
 (= $x495 (< exp!5 exp!8))))
(assert
 (let (($x456 (< log!204 log!150)))
 (= $x456 (< exp!8 exp!7))))
(assert
 (let (($x428 (< log!150 log!204)))
 (= $x428 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x198 (> log!204 0.0)))
 (= $x198 (> exp!8 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!8 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x129 exp!3)))
 (let ((?x620 (+ 1.0 ?x462)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x481 (/ ?x24 exp!3)))
 (let ((?x210 (+ ?x481 ?x620)))
 (let (($x144 (> ?x210 0.0)))
 (=> $x144 (= exp!8 ?x210))))))))))
(assert
 (let (($x631 (< log!204 |logits[2]|)))
 (= $x631 (< exp!9 exp!1))))
(assert
 (let (($x471 (< |logits[2]| log!204)))
 (= $x471 (< exp!1 exp!9))))
(assert
 (let (($x531 (< log!204 |logits[0]|)))
 (= $x531 (< exp!9 exp!2))))
(assert
 (let (($x569 (< |logits[0]| log!204)))
 (= $x569 (< exp!2 exp!9))))
(assert
 (let (($x578 (< log!204 |logits[1]|)))
 (= $x578 (< exp!9 exp!3))))
(assert
 (let (($x705 (< |logits[1]| log!204)))
 (= $x705 (< exp!3 exp!9))))
(assert
 (let (($x384 (< log!204 log!98)))
 (= $x384 (< exp!9 exp!5))))
(assert
 (let (($x495 (< log!98 log!204)))
 (= $x495 (< exp!5 exp!9))))
(assert
 (let (($x456 (< log!204 log!150)))
 (= $x456 (< exp!9 exp!7))))
(assert
 (let (($x428 (< log!150 log!204)))
 (= $x428 (< exp!7 exp!9))))
(assert
 (let (($x262 (< log!204 log!204)))
 (= $x262 (< exp!9 exp!8))))
(assert
 (let (($x262 (< log!204 log!204)))
 (= $x262 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x198 (> log!204 0.0)))
 (= $x198 (> exp!9 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!9 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x462 (/ ?x129 exp!3)))
(let ((?x620 (+ 1.0 ?x462)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x481 (/ ?x24 exp!3)))
(let ((?x210 (+ ?x481 ?x620)))
(let (($x144 (> ?x210 0.0)))
(=> $x144 (= exp!9 ?x210))))))))))
(check-sat)
(pop 1)
