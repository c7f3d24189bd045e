; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x186 (/ 1.0 ?x539)))
 (let ((?x341 (- ?x186)))
 (let ((?x305 (* 0.0 ?x341)))
 (let ((?x346 (+ ?x305 ?x305)))
 (let ((?x342 (+ 1.0 ?x341)))
 (let ((?x347 (+ ?x342 ?x346)))
 (let ((?x173 (/ 1.0 exp!7)))
 (let ((?x349 (* ?x173 ?x347)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x200 (* ?x115 ?x349)))
 (let ((?x116 (- ?x115)))
 (let ((?x184 (/ ?x116 ?x539)))
 (let ((?x181 (+ ?x115 ?x184)))
 (let ((?x185 (* ?x173 ?x181)))
 (or (and (distinct ?x185 ?x200) true)))))))))))))))))))))))
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
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x299 (> ?x539 0.0)))
 (=> $x299 (= exp!6 ?x539)))))))))
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
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!7 exp!6))))
(assert
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x431 (+ ?x130 ?x132)))
(let ((?x539 (+ 1.0 ?x431)))
(let (($x299 (> ?x539 0.0)))
(=> $x299 (= exp!7 ?x539)))))))))
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
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (< 0.0 ?x423))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x210 (= 0.0 ?x423)))
 (not $x210)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x210 (= 0.0 ?x423)))
 (not $x210)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x210 (= 0.0 ?x423)))
 (not $x210)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (< 0.0 ?x423))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x210 (= 0.0 ?x423)))
 (not $x210)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x210 (= 0.0 ?x423)))
 (not $x210)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let ((?x658 (/ ?x590 ?x423)))
 (let ((?x432 (- ?x658)))
 (let ((?x464 (* 0.0 ?x432)))
 (let ((?x382 (+ ?x464 ?x464)))
 (let ((?x494 (+ 1.0 ?x432)))
 (let ((?x647 (+ ?x494 ?x382)))
 (let ((?x319 (/ ?x590 exp!9)))
 (let ((?x314 (* ?x319 ?x647)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x266 (* ?x115 ?x314)))
 (let ((?x116 (- ?x115)))
 (let ((?x300 (/ ?x116 ?x423)))
 (let ((?x264 (* ?x590 ?x300)))
 (let ((?x650 (+ ?x115 ?x264)))
 (let ((?x877 (* ?x319 ?x650)))
 (or (and (distinct ?x877 ?x266) true)))))))))))))))))))))))))
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
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x299 (> ?x539 0.0)))
 (=> $x299 (= exp!6 ?x539))))))))))
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
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!7 exp!6))))
(assert
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x299 (> ?x539 0.0)))
 (=> $x299 (= exp!7 ?x539))))))))))
(assert
 (let (($x627 (< log!204 |logits[2]|)))
 (= $x627 (< exp!8 exp!1))))
(assert
 (let (($x365 (< |logits[2]| log!204)))
 (= $x365 (< exp!1 exp!8))))
(assert
 (let (($x507 (< log!204 |logits[0]|)))
 (= $x507 (< exp!8 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!204)))
 (= $x405 (< exp!2 exp!8))))
(assert
 (let (($x617 (< log!204 |logits[1]|)))
 (= $x617 (< exp!8 exp!3))))
(assert
 (let (($x733 (< |logits[1]| log!204)))
 (= $x733 (< exp!3 exp!8))))
(assert
 (let (($x589 (< log!204 log!98)))
 (= $x589 (< exp!8 exp!5))))
(assert
 (let (($x169 (< log!98 log!204)))
 (= $x169 (< exp!5 exp!8))))
(assert
 (let (($x531 (< log!204 log!150)))
 (= $x531 (< exp!8 exp!7))))
(assert
 (let (($x470 (< log!150 log!204)))
 (= $x470 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x369 (> log!204 0.0)))
 (= $x369 (> exp!8 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!204)))
 (>= exp!8 ?x323)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x231 (> ?x423 0.0)))
 (=> $x231 (= exp!8 ?x423))))))))))
(assert
 (let (($x627 (< log!204 |logits[2]|)))
 (= $x627 (< exp!9 exp!1))))
(assert
 (let (($x365 (< |logits[2]| log!204)))
 (= $x365 (< exp!1 exp!9))))
(assert
 (let (($x507 (< log!204 |logits[0]|)))
 (= $x507 (< exp!9 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!204)))
 (= $x405 (< exp!2 exp!9))))
(assert
 (let (($x617 (< log!204 |logits[1]|)))
 (= $x617 (< exp!9 exp!3))))
(assert
 (let (($x733 (< |logits[1]| log!204)))
 (= $x733 (< exp!3 exp!9))))
(assert
 (let (($x589 (< log!204 log!98)))
 (= $x589 (< exp!9 exp!5))))
(assert
 (let (($x169 (< log!98 log!204)))
 (= $x169 (< exp!5 exp!9))))
(assert
 (let (($x531 (< log!204 log!150)))
 (= $x531 (< exp!9 exp!7))))
(assert
 (let (($x470 (< log!150 log!204)))
 (= $x470 (< exp!7 exp!9))))
(assert
 (let (($x497 (< log!204 log!204)))
 (= $x497 (< exp!9 exp!8))))
(assert
 (let (($x497 (< log!204 log!204)))
 (= $x497 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x369 (> log!204 0.0)))
 (= $x369 (> exp!9 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!204)))
 (>= exp!9 ?x323)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x644 (/ ?x129 exp!3)))
(let ((?x437 (+ 1.0 ?x644)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x590 (/ ?x24 exp!3)))
(let ((?x423 (+ ?x590 ?x437)))
(let (($x231 (> ?x423 0.0)))
(=> $x231 (= exp!9 ?x423))))))))))
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
 (let ((?x186 (/ 1.0 ?x539)))
 (let ((?x341 (- ?x186)))
 (let ((?x305 (* 0.0 ?x341)))
 (let ((?x346 (+ ?x305 ?x305)))
 (let ((?x342 (+ 1.0 ?x341)))
 (let ((?x347 (+ ?x342 ?x346)))
 (let ((?x173 (/ 1.0 exp!7)))
 (let ((?x349 (* ?x173 ?x347)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x200 (* ?x115 ?x349)))
 (let ((?x116 (- ?x115)))
 (let ((?x184 (/ ?x116 ?x539)))
 (let ((?x181 (+ ?x115 ?x184)))
 (let ((?x185 (* ?x173 ?x181)))
 (or (and (distinct ?x185 ?x200) true))))))))))))))))))))))))
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
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!6 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!6 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x299 (> ?x539 0.0)))
 (=> $x299 (= exp!6 ?x539))))))))))
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
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!7 exp!6))))
(assert
 (let (($x375 (< log!150 log!150)))
 (= $x375 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x172 (> log!150 0.0)))
 (= $x172 (> exp!7 1.0))))
(assert
 (let ((?x188 (+ 1.0 log!150)))
 (>= exp!7 ?x188)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x431 (+ ?x130 ?x132)))
 (let ((?x539 (+ 1.0 ?x431)))
 (let (($x299 (> ?x539 0.0)))
 (=> $x299 (= exp!7 ?x539))))))))))
(assert
 (let (($x627 (< log!204 |logits[2]|)))
 (= $x627 (< exp!8 exp!1))))
(assert
 (let (($x365 (< |logits[2]| log!204)))
 (= $x365 (< exp!1 exp!8))))
(assert
 (let (($x507 (< log!204 |logits[0]|)))
 (= $x507 (< exp!8 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!204)))
 (= $x405 (< exp!2 exp!8))))
(assert
 (let (($x617 (< log!204 |logits[1]|)))
 (= $x617 (< exp!8 exp!3))))
(assert
 (let (($x733 (< |logits[1]| log!204)))
 (= $x733 (< exp!3 exp!8))))
(assert
 (let (($x589 (< log!204 log!98)))
 (= $x589 (< exp!8 exp!5))))
(assert
 (let (($x169 (< log!98 log!204)))
 (= $x169 (< exp!5 exp!8))))
(assert
 (let (($x531 (< log!204 log!150)))
 (= $x531 (< exp!8 exp!7))))
(assert
 (let (($x470 (< log!150 log!204)))
 (= $x470 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x369 (> log!204 0.0)))
 (= $x369 (> exp!8 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!204)))
 (>= exp!8 ?x323)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x644 (/ ?x129 exp!3)))
 (let ((?x437 (+ 1.0 ?x644)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x590 (/ ?x24 exp!3)))
 (let ((?x423 (+ ?x590 ?x437)))
 (let (($x231 (> ?x423 0.0)))
 (=> $x231 (= exp!8 ?x423))))))))))
(assert
 (let (($x627 (< log!204 |logits[2]|)))
 (= $x627 (< exp!9 exp!1))))
(assert
 (let (($x365 (< |logits[2]| log!204)))
 (= $x365 (< exp!1 exp!9))))
(assert
 (let (($x507 (< log!204 |logits[0]|)))
 (= $x507 (< exp!9 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!204)))
 (= $x405 (< exp!2 exp!9))))
(assert
 (let (($x617 (< log!204 |logits[1]|)))
 (= $x617 (< exp!9 exp!3))))
(assert
 (let (($x733 (< |logits[1]| log!204)))
 (= $x733 (< exp!3 exp!9))))
(assert
 (let (($x589 (< log!204 log!98)))
 (= $x589 (< exp!9 exp!5))))
(assert
 (let (($x169 (< log!98 log!204)))
 (= $x169 (< exp!5 exp!9))))
(assert
 (let (($x531 (< log!204 log!150)))
 (= $x531 (< exp!9 exp!7))))
(assert
 (let (($x470 (< log!150 log!204)))
 (= $x470 (< exp!7 exp!9))))
(assert
 (let (($x497 (< log!204 log!204)))
 (= $x497 (< exp!9 exp!8))))
(assert
 (let (($x497 (< log!204 log!204)))
 (= $x497 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x369 (> log!204 0.0)))
 (= $x369 (> exp!9 1.0))))
(assert
 (let ((?x323 (+ 1.0 log!204)))
 (>= exp!9 ?x323)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x644 (/ ?x129 exp!3)))
(let ((?x437 (+ 1.0 ?x644)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x590 (/ ?x24 exp!3)))
(let ((?x423 (+ ?x590 ?x437)))
(let (($x231 (> ?x423 0.0)))
(=> $x231 (= exp!9 ?x423))))))))))
(check-sat)
(pop 1)
