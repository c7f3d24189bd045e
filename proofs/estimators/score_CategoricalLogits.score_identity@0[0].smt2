; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun |f[0]| () Real)
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
 (let ((?x117 (/ 1.0 ?x54)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (+ 1.0 ?x118)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x123 (* ?x111 ?x122)))
 (let ((?x124 (* |f[0]| ?x123)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x116 (* ?x111 ?x115)))
 (or (and (distinct ?x116 ?x124) true))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (< 0.0 ?x129)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (< 0.0 ?x129)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let ((?x147 (/ ?x126 ?x129)))
 (let ((?x148 (- ?x147)))
 (let ((?x254 (+ 1.0 ?x148)))
 (let ((?x260 (* 0.0 ?x148)))
 (let ((?x264 (+ ?x260 ?x254)))
 (let ((?x266 (+ ?x260 ?x264)))
 (let ((?x332 (/ ?x126 exp!7)))
 (let ((?x156 (* ?x332 ?x266)))
 (let ((?x223 (* |f[0]| ?x156)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x329 (/ ?x113 ?x129)))
 (let ((?x330 (* ?x126 ?x329)))
 (let ((?x321 (+ |f[0]| ?x330)))
 (let ((?x322 (* ?x332 ?x321)))
 (or (and (distinct ?x322 ?x223) true))))))))))))))))))))))
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
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!6 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!6))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!6 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!6))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!6 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!6))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!6 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!6 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x158 (> ?x129 0.0)))
 (=> $x158 (= exp!6 ?x129)))))))))
(assert
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!7 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!7))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!7 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!7))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!7 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!7))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!7 exp!6))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!7 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!7 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x128 (/ ?x51 exp!1)))
(let ((?x126 (/ (* 1.0 exp!2) exp!1)))
(let ((?x516 (+ ?x126 ?x128)))
(let ((?x129 (+ 1.0 ?x516)))
(let (($x158 (> ?x129 0.0)))
(=> $x158 (= exp!7 ?x129)))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (< 0.0 ?x635))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x464 (= 0.0 ?x635)))
 (not $x464)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x464 (= 0.0 ?x635)))
 (not $x464)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x464 (= 0.0 ?x635)))
 (not $x464)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (< 0.0 ?x635))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x464 (= 0.0 ?x635)))
 (not $x464)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x464 (= 0.0 ?x635)))
 (not $x464)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let ((?x634 (/ ?x565 ?x635)))
 (let ((?x542 (- ?x634)))
 (let ((?x359 (+ 1.0 ?x542)))
 (let ((?x475 (* 0.0 ?x542)))
 (let ((?x642 (+ ?x475 ?x359)))
 (let ((?x471 (+ ?x475 ?x642)))
 (let ((?x135 (/ ?x565 exp!9)))
 (let ((?x270 (* ?x135 ?x471)))
 (let ((?x558 (* |f[0]| ?x270)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x381 (/ ?x113 ?x635)))
 (let ((?x657 (* ?x565 ?x381)))
 (let ((?x303 (+ |f[0]| ?x657)))
 (let ((?x865 (* ?x135 ?x303)))
 (or (and (distinct ?x865 ?x558) true)))))))))))))))))))))))
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
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!6 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!6))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!6 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!6))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!6 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!6))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!6 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!6 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x158 (> ?x129 0.0)))
 (=> $x158 (= exp!6 ?x129))))))))))
(assert
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!7 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!7))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!7 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!7))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!7 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!7))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!7 exp!6))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!7 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!7 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x158 (> ?x129 0.0)))
 (=> $x158 (= exp!7 ?x129))))))))))
(assert
 (let (($x429 (< log!201 |logits[2]|)))
 (= $x429 (< exp!8 exp!1))))
(assert
 (let (($x850 (< |logits[2]| log!201)))
 (= $x850 (< exp!1 exp!8))))
(assert
 (let (($x667 (< log!201 |logits[0]|)))
 (= $x667 (< exp!8 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!201)))
 (= $x405 (< exp!2 exp!8))))
(assert
 (let (($x631 (< log!201 |logits[1]|)))
 (= $x631 (< exp!8 exp!3))))
(assert
 (let (($x606 (< |logits[1]| log!201)))
 (= $x606 (< exp!3 exp!8))))
(assert
 (let (($x530 (< log!201 log!95)))
 (= $x530 (< exp!8 exp!5))))
(assert
 (let (($x138 (< log!95 log!201)))
 (= $x138 (< exp!5 exp!8))))
(assert
 (let (($x457 (< log!201 log!147)))
 (= $x457 (< exp!8 exp!7))))
(assert
 (let (($x350 (< log!147 log!201)))
 (= $x350 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!8 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!201)))
 (>= exp!8 ?x163)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x136 (> ?x635 0.0)))
 (=> $x136 (= exp!8 ?x635))))))))))
(assert
 (let (($x429 (< log!201 |logits[2]|)))
 (= $x429 (< exp!9 exp!1))))
(assert
 (let (($x850 (< |logits[2]| log!201)))
 (= $x850 (< exp!1 exp!9))))
(assert
 (let (($x667 (< log!201 |logits[0]|)))
 (= $x667 (< exp!9 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!201)))
 (= $x405 (< exp!2 exp!9))))
(assert
 (let (($x631 (< log!201 |logits[1]|)))
 (= $x631 (< exp!9 exp!3))))
(assert
 (let (($x606 (< |logits[1]| log!201)))
 (= $x606 (< exp!3 exp!9))))
(assert
 (let (($x530 (< log!201 log!95)))
 (= $x530 (< exp!9 exp!5))))
(assert
 (let (($x138 (< log!95 log!201)))
 (= $x138 (< exp!5 exp!9))))
(assert
 (let (($x457 (< log!201 log!147)))
 (= $x457 (< exp!9 exp!7))))
(assert
 (let (($x350 (< log!147 log!201)))
 (= $x350 (< exp!7 exp!9))))
(assert
 (let (($x597 (< log!201 log!201)))
 (= $x597 (< exp!9 exp!8))))
(assert
 (let (($x597 (< log!201 log!201)))
 (= $x597 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!9 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!201)))
 (>= exp!9 ?x163)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
(let ((?x565 (/ ?x125 exp!3)))
(let ((?x613 (+ 1.0 ?x565)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x348 (/ ?x24 exp!3)))
(let ((?x635 (+ ?x348 ?x613)))
(let (($x136 (> ?x635 0.0)))
(=> $x136 (= exp!9 ?x635))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (< 0.0 ?x129))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (< 0.0 ?x129))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x521 (= 0.0 ?x129)))
 (not $x521)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let ((?x147 (/ ?x126 ?x129)))
 (let ((?x148 (- ?x147)))
 (let ((?x254 (+ 1.0 ?x148)))
 (let ((?x260 (* 0.0 ?x148)))
 (let ((?x264 (+ ?x260 ?x254)))
 (let ((?x266 (+ ?x260 ?x264)))
 (let ((?x332 (/ ?x126 exp!7)))
 (let ((?x156 (* ?x332 ?x266)))
 (let ((?x223 (* |f[0]| ?x156)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x329 (/ ?x113 ?x129)))
 (let ((?x330 (* ?x126 ?x329)))
 (let ((?x321 (+ |f[0]| ?x330)))
 (let ((?x322 (* ?x332 ?x321)))
 (or (and (distinct ?x322 ?x223) true)))))))))))))))))))))))
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
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!6 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!6))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!6 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!6))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!6 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!6))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!6 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!6 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x158 (> ?x129 0.0)))
 (=> $x158 (= exp!6 ?x129))))))))))
(assert
 (let (($x462 (< log!147 |logits[2]|)))
 (= $x462 (< exp!7 exp!1))))
(assert
 (let (($x520 (< |logits[2]| log!147)))
 (= $x520 (< exp!1 exp!7))))
(assert
 (let (($x517 (< log!147 |logits[0]|)))
 (= $x517 (< exp!7 exp!2))))
(assert
 (let (($x513 (< |logits[0]| log!147)))
 (= $x513 (< exp!2 exp!7))))
(assert
 (let (($x509 (< log!147 |logits[1]|)))
 (= $x509 (< exp!7 exp!3))))
(assert
 (let (($x515 (< |logits[1]| log!147)))
 (= $x515 (< exp!3 exp!7))))
(assert
 (let (($x525 (< log!147 log!95)))
 (= $x525 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!7 exp!6))))
(assert
 (let (($x153 (< log!147 log!147)))
 (= $x153 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x249 (> log!147 0.0)))
 (= $x249 (> exp!7 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!147)))
 (>= exp!7 ?x248)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x516 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x516)))
 (let (($x158 (> ?x129 0.0)))
 (=> $x158 (= exp!7 ?x129))))))))))
(assert
 (let (($x429 (< log!201 |logits[2]|)))
 (= $x429 (< exp!8 exp!1))))
(assert
 (let (($x850 (< |logits[2]| log!201)))
 (= $x850 (< exp!1 exp!8))))
(assert
 (let (($x667 (< log!201 |logits[0]|)))
 (= $x667 (< exp!8 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!201)))
 (= $x405 (< exp!2 exp!8))))
(assert
 (let (($x631 (< log!201 |logits[1]|)))
 (= $x631 (< exp!8 exp!3))))
(assert
 (let (($x606 (< |logits[1]| log!201)))
 (= $x606 (< exp!3 exp!8))))
(assert
 (let (($x530 (< log!201 log!95)))
 (= $x530 (< exp!8 exp!5))))
(assert
 (let (($x138 (< log!95 log!201)))
 (= $x138 (< exp!5 exp!8))))
(assert
 (let (($x457 (< log!201 log!147)))
 (= $x457 (< exp!8 exp!7))))
(assert
 (let (($x350 (< log!147 log!201)))
 (= $x350 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!8 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!201)))
 (>= exp!8 ?x163)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x565 (/ ?x125 exp!3)))
 (let ((?x613 (+ 1.0 ?x565)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x348 (/ ?x24 exp!3)))
 (let ((?x635 (+ ?x348 ?x613)))
 (let (($x136 (> ?x635 0.0)))
 (=> $x136 (= exp!8 ?x635))))))))))
(assert
 (let (($x429 (< log!201 |logits[2]|)))
 (= $x429 (< exp!9 exp!1))))
(assert
 (let (($x850 (< |logits[2]| log!201)))
 (= $x850 (< exp!1 exp!9))))
(assert
 (let (($x667 (< log!201 |logits[0]|)))
 (= $x667 (< exp!9 exp!2))))
(assert
 (let (($x405 (< |logits[0]| log!201)))
 (= $x405 (< exp!2 exp!9))))
(assert
 (let (($x631 (< log!201 |logits[1]|)))
 (= $x631 (< exp!9 exp!3))))
(assert
 (let (($x606 (< |logits[1]| log!201)))
 (= $x606 (< exp!3 exp!9))))
(assert
 (let (($x530 (< log!201 log!95)))
 (= $x530 (< exp!9 exp!5))))
(assert
 (let (($x138 (< log!95 log!201)))
 (= $x138 (< exp!5 exp!9))))
(assert
 (let (($x457 (< log!201 log!147)))
 (= $x457 (< exp!9 exp!7))))
(assert
 (let (($x350 (< log!147 log!201)))
 (= $x350 (< exp!7 exp!9))))
(assert
 (let (($x597 (< log!201 log!201)))
 (= $x597 (< exp!9 exp!8))))
(assert
 (let (($x597 (< log!201 log!201)))
 (= $x597 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x186 (> log!201 0.0)))
 (= $x186 (> exp!9 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!201)))
 (>= exp!9 ?x163)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
(let ((?x565 (/ ?x125 exp!3)))
(let ((?x613 (+ 1.0 ?x565)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x348 (/ ?x24 exp!3)))
(let ((?x635 (+ ?x348 ?x613)))
(let (($x136 (> ?x635 0.0)))
(=> $x136 (= exp!9 ?x635))))))))))
(check-sat)
(pop 1)
