; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
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
 (let ((?x117 (/ ?x52 ?x54)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (+ 1.0 ?x118)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x123 (+ ?x118 ?x122)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x124 (* ?x111 ?x123)))
 (let ((?x125 (* |f[2]| ?x124)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (* ?x52 ?x114)))
 (let ((?x116 (* ?x111 ?x115)))
 (or (and (distinct ?x116 ?x125) true)))))))))))))))))))))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (< 0.0 ?x514)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (< 0.0 ?x514)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let ((?x310 (/ ?x129 ?x514)))
 (let ((?x321 (- ?x310)))
 (let ((?x319 (+ 1.0 ?x321)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x322 (* 0.0 ?x321)))
 (let ((?x311 (+ ?x322 ?x320)))
 (let ((?x312 (+ ?x321 ?x311)))
 (let ((?x389 (/ 1.0 exp!7)))
 (let ((?x148 (* ?x389 ?x312)))
 (let ((?x149 (* |f[2]| ?x148)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x390 (/ ?x113 ?x514)))
 (let ((?x179 (* ?x129 ?x390)))
 (let ((?x180 (* ?x389 ?x179)))
 (or (and (distinct ?x180 ?x149) true))))))))))))))))))))))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!6))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!6 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!6))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!6 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x178 (> ?x514 0.0)))
 (=> $x178 (= exp!6 ?x514)))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!7))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!7 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!7))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!7 exp!6))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!7 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x129 (/ ?x51 exp!1)))
(let ((?x127 (/ (* 1.0 exp!2) exp!1)))
(let ((?x426 (+ ?x127 ?x129)))
(let ((?x514 (+ 1.0 ?x426)))
(let (($x178 (> ?x514 0.0)))
(=> $x178 (= exp!7 ?x514)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (< 0.0 ?x623))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x447 (= 0.0 ?x623)))
 (not $x447)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x447 (= 0.0 ?x623)))
 (not $x447)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x447 (= 0.0 ?x623)))
 (not $x447)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (< 0.0 ?x623))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x447 (= 0.0 ?x623)))
 (not $x447)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x447 (= 0.0 ?x623)))
 (not $x447)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let ((?x523 (/ 1.0 ?x623)))
 (let ((?x856 (- ?x523)))
 (let ((?x464 (+ 1.0 ?x856)))
 (let ((?x347 (* 0.0 ?x464)))
 (let ((?x456 (* 0.0 ?x856)))
 (let ((?x644 (+ ?x456 ?x347)))
 (let ((?x221 (+ ?x856 ?x644)))
 (let ((?x601 (/ ?x639 exp!9)))
 (let ((?x460 (* ?x601 ?x221)))
 (let ((?x231 (* |f[2]| ?x460)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x258 (/ ?x113 ?x623)))
 (let ((?x227 (* ?x601 ?x258)))
 (or (and (distinct ?x227 ?x231) true))))))))))))))))))))))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!6))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!6 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!6))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!6 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x178 (> ?x514 0.0)))
 (=> $x178 (= exp!6 ?x514))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!7))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!7 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!7))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!7 exp!6))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!7 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x178 (> ?x514 0.0)))
 (=> $x178 (= exp!7 ?x514))))))))))
(assert
 (let (($x589 (< log!201 |logits[2]|)))
 (= $x589 (< exp!8 exp!1))))
(assert
 (let (($x839 (< |logits[2]| log!201)))
 (= $x839 (< exp!1 exp!8))))
(assert
 (let (($x846 (< log!201 |logits[0]|)))
 (= $x846 (< exp!8 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!201)))
 (= $x645 (< exp!2 exp!8))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!8 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!201)))
 (= $x580 (< exp!3 exp!8))))
(assert
 (let (($x403 (< log!201 log!95)))
 (= $x403 (< exp!8 exp!5))))
(assert
 (let (($x332 (< log!95 log!201)))
 (= $x332 (< exp!5 exp!8))))
(assert
 (let (($x260 (< log!201 log!147)))
 (= $x260 (< exp!8 exp!7))))
(assert
 (let (($x223 (< log!147 log!201)))
 (= $x223 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!8 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!201)))
 (>= exp!8 ?x324)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x141 (> ?x623 0.0)))
 (=> $x141 (= exp!8 ?x623))))))))))
(assert
 (let (($x589 (< log!201 |logits[2]|)))
 (= $x589 (< exp!9 exp!1))))
(assert
 (let (($x839 (< |logits[2]| log!201)))
 (= $x839 (< exp!1 exp!9))))
(assert
 (let (($x846 (< log!201 |logits[0]|)))
 (= $x846 (< exp!9 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!201)))
 (= $x645 (< exp!2 exp!9))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!9 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!201)))
 (= $x580 (< exp!3 exp!9))))
(assert
 (let (($x403 (< log!201 log!95)))
 (= $x403 (< exp!9 exp!5))))
(assert
 (let (($x332 (< log!95 log!201)))
 (= $x332 (< exp!5 exp!9))))
(assert
 (let (($x260 (< log!201 log!147)))
 (= $x260 (< exp!9 exp!7))))
(assert
 (let (($x223 (< log!147 log!201)))
 (= $x223 (< exp!7 exp!9))))
(assert
 (let (($x385 (< log!201 log!201)))
 (= $x385 (< exp!9 exp!8))))
(assert
 (let (($x385 (< log!201 log!201)))
 (= $x385 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!9 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!201)))
 (>= exp!9 ?x324)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x142 (/ ?x126 exp!3)))
(let ((?x165 (+ 1.0 ?x142)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x639 (/ ?x24 exp!3)))
(let ((?x623 (+ ?x639 ?x165)))
(let (($x141 (> ?x623 0.0)))
(=> $x141 (= exp!9 ?x623))))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (< 0.0 ?x514))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (< 0.0 ?x514))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x511 (= 0.0 ?x514)))
 (not $x511)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let ((?x310 (/ ?x129 ?x514)))
 (let ((?x321 (- ?x310)))
 (let ((?x319 (+ 1.0 ?x321)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x322 (* 0.0 ?x321)))
 (let ((?x311 (+ ?x322 ?x320)))
 (let ((?x312 (+ ?x321 ?x311)))
 (let ((?x389 (/ 1.0 exp!7)))
 (let ((?x148 (* ?x389 ?x312)))
 (let ((?x149 (* |f[2]| ?x148)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x390 (/ ?x113 ?x514)))
 (let ((?x179 (* ?x129 ?x390)))
 (let ((?x180 (* ?x389 ?x179)))
 (or (and (distinct ?x180 ?x149) true)))))))))))))))))))))))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
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
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!6 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!6))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!6 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!6))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!6 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!6 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x178 (> ?x514 0.0)))
 (=> $x178 (= exp!6 ?x514))))))))))
(assert
 (let (($x448 (< log!147 |logits[2]|)))
 (= $x448 (< exp!7 exp!1))))
(assert
 (let (($x510 (< |logits[2]| log!147)))
 (= $x510 (< exp!1 exp!7))))
(assert
 (let (($x506 (< log!147 |logits[0]|)))
 (= $x506 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x504 (< log!147 |logits[1]|)))
 (= $x504 (< exp!7 exp!3))))
(assert
 (let (($x502 (< |logits[1]| log!147)))
 (= $x502 (< exp!3 exp!7))))
(assert
 (let (($x513 (< log!147 log!95)))
 (= $x513 (< exp!7 exp!5))))
(assert
 (let (($x490 (< log!95 log!147)))
 (= $x490 (< exp!5 exp!7))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!7 exp!6))))
(assert
 (let (($x268 (< log!147 log!147)))
 (= $x268 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!147 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x174 (+ 1.0 log!147)))
 (>= exp!7 ?x174)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x426 (+ ?x127 ?x129)))
 (let ((?x514 (+ 1.0 ?x426)))
 (let (($x178 (> ?x514 0.0)))
 (=> $x178 (= exp!7 ?x514))))))))))
(assert
 (let (($x589 (< log!201 |logits[2]|)))
 (= $x589 (< exp!8 exp!1))))
(assert
 (let (($x839 (< |logits[2]| log!201)))
 (= $x839 (< exp!1 exp!8))))
(assert
 (let (($x846 (< log!201 |logits[0]|)))
 (= $x846 (< exp!8 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!201)))
 (= $x645 (< exp!2 exp!8))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!8 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!201)))
 (= $x580 (< exp!3 exp!8))))
(assert
 (let (($x403 (< log!201 log!95)))
 (= $x403 (< exp!8 exp!5))))
(assert
 (let (($x332 (< log!95 log!201)))
 (= $x332 (< exp!5 exp!8))))
(assert
 (let (($x260 (< log!201 log!147)))
 (= $x260 (< exp!8 exp!7))))
(assert
 (let (($x223 (< log!147 log!201)))
 (= $x223 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!8 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!201)))
 (>= exp!8 ?x324)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x126 exp!3)))
 (let ((?x165 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x639 (/ ?x24 exp!3)))
 (let ((?x623 (+ ?x639 ?x165)))
 (let (($x141 (> ?x623 0.0)))
 (=> $x141 (= exp!8 ?x623))))))))))
(assert
 (let (($x589 (< log!201 |logits[2]|)))
 (= $x589 (< exp!9 exp!1))))
(assert
 (let (($x839 (< |logits[2]| log!201)))
 (= $x839 (< exp!1 exp!9))))
(assert
 (let (($x846 (< log!201 |logits[0]|)))
 (= $x846 (< exp!9 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!201)))
 (= $x645 (< exp!2 exp!9))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!9 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!201)))
 (= $x580 (< exp!3 exp!9))))
(assert
 (let (($x403 (< log!201 log!95)))
 (= $x403 (< exp!9 exp!5))))
(assert
 (let (($x332 (< log!95 log!201)))
 (= $x332 (< exp!5 exp!9))))
(assert
 (let (($x260 (< log!201 log!147)))
 (= $x260 (< exp!9 exp!7))))
(assert
 (let (($x223 (< log!147 log!201)))
 (= $x223 (< exp!7 exp!9))))
(assert
 (let (($x385 (< log!201 log!201)))
 (= $x385 (< exp!9 exp!8))))
(assert
 (let (($x385 (< log!201 log!201)))
 (= $x385 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!9 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!201)))
 (>= exp!9 ?x324)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x142 (/ ?x126 exp!3)))
(let ((?x165 (+ 1.0 ?x142)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x639 (/ ?x24 exp!3)))
(let ((?x623 (+ ?x639 ?x165)))
(let (($x141 (> ?x623 0.0)))
(=> $x141 (= exp!9 ?x623))))))))))
(check-sat)
(pop 1)
