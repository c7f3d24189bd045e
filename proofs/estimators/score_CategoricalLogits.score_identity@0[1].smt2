; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
 (let ((?x117 (/ ?x52 ?x54)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (+ 1.0 ?x118)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x123 (+ ?x119 ?x122)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x124 (* ?x111 ?x123)))
 (let ((?x125 (* |f[0]| ?x124)))
 (let ((?x113 (- |f[0]|)))
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
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (< 0.0 ?x515)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (< 0.0 ?x515)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let ((?x320 (/ ?x129 ?x515)))
 (let ((?x321 (- ?x320)))
 (let ((?x181 (+ 1.0 ?x321)))
 (let ((?x178 (* 0.0 ?x181)))
 (let ((?x179 (+ ?x321 ?x178)))
 (let ((?x180 (* 0.0 ?x321)))
 (let ((?x312 (+ ?x180 ?x179)))
 (let ((?x391 (/ ?x127 exp!7)))
 (let ((?x313 (* ?x391 ?x312)))
 (let ((?x148 (* |f[0]| ?x313)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x311 (/ ?x113 ?x515)))
 (let ((?x322 (* ?x129 ?x311)))
 (let ((?x323 (* ?x391 ?x322)))
 (or (and (distinct ?x323 ?x148) true))))))))))))))))))))))
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
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!6 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!6 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x158 (> ?x515 0.0)))
 (=> $x158 (= exp!6 ?x515)))))))))
(assert
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!7))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!7 exp!6))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!7 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!7 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x129 (/ ?x51 exp!1)))
(let ((?x127 (/ (* 1.0 exp!2) exp!1)))
(let ((?x429 (+ ?x127 ?x129)))
(let ((?x515 (+ 1.0 ?x429)))
(let (($x158 (> ?x515 0.0)))
(=> $x158 (= exp!7 ?x515)))))))))
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
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (< 0.0 ?x600))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x432 (= 0.0 ?x600)))
 (not $x432)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x432 (= 0.0 ?x600)))
 (not $x432)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x432 (= 0.0 ?x600)))
 (not $x432)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (< 0.0 ?x600))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x432 (= 0.0 ?x600)))
 (not $x432)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x432 (= 0.0 ?x600)))
 (not $x432)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let ((?x151 (/ 1.0 ?x600)))
 (let ((?x858 (- ?x151)))
 (let ((?x288 (+ 1.0 ?x858)))
 (let ((?x191 (* 0.0 ?x288)))
 (let ((?x491 (+ ?x858 ?x191)))
 (let ((?x258 (* 0.0 ?x858)))
 (let ((?x628 (+ ?x258 ?x491)))
 (let ((?x599 (/ ?x585 exp!9)))
 (let ((?x330 (* ?x599 ?x628)))
 (let ((?x591 (* |f[0]| ?x330)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x287 (/ ?x113 ?x600)))
 (let ((?x593 (* ?x599 ?x287)))
 (or (and (distinct ?x593 ?x591) true))))))))))))))))))))))
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
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!6 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!6 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x158 (> ?x515 0.0)))
 (=> $x158 (= exp!6 ?x515))))))))))
(assert
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!7))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!7 exp!6))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!7 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!7 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x158 (> ?x515 0.0)))
 (=> $x158 (= exp!7 ?x515))))))))))
(assert
 (let (($x142 (< log!201 |logits[2]|)))
 (= $x142 (< exp!8 exp!1))))
(assert
 (let (($x841 (< |logits[2]| log!201)))
 (= $x841 (< exp!1 exp!8))))
(assert
 (let (($x848 (< log!201 |logits[0]|)))
 (= $x848 (< exp!8 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!8))))
(assert
 (let (($x592 (< log!201 |logits[1]|)))
 (= $x592 (< exp!8 exp!3))))
(assert
 (let (($x550 (< |logits[1]| log!201)))
 (= $x550 (< exp!3 exp!8))))
(assert
 (let (($x528 (< log!201 log!95)))
 (= $x528 (< exp!8 exp!5))))
(assert
 (let (($x440 (< log!95 log!201)))
 (= $x440 (< exp!5 exp!8))))
(assert
 (let (($x395 (< log!201 log!147)))
 (= $x395 (< exp!8 exp!7))))
(assert
 (let (($x374 (< log!147 log!201)))
 (= $x374 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x272 (> log!201 0.0)))
 (= $x272 (> exp!8 1.0))))
(assert
 (let ((?x213 (+ 1.0 log!201)))
 (>= exp!8 ?x213)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x185 (> ?x600 0.0)))
 (=> $x185 (= exp!8 ?x600))))))))))
(assert
 (let (($x142 (< log!201 |logits[2]|)))
 (= $x142 (< exp!9 exp!1))))
(assert
 (let (($x841 (< |logits[2]| log!201)))
 (= $x841 (< exp!1 exp!9))))
(assert
 (let (($x848 (< log!201 |logits[0]|)))
 (= $x848 (< exp!9 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!9))))
(assert
 (let (($x592 (< log!201 |logits[1]|)))
 (= $x592 (< exp!9 exp!3))))
(assert
 (let (($x550 (< |logits[1]| log!201)))
 (= $x550 (< exp!3 exp!9))))
(assert
 (let (($x528 (< log!201 log!95)))
 (= $x528 (< exp!9 exp!5))))
(assert
 (let (($x440 (< log!95 log!201)))
 (= $x440 (< exp!5 exp!9))))
(assert
 (let (($x395 (< log!201 log!147)))
 (= $x395 (< exp!9 exp!7))))
(assert
 (let (($x374 (< log!147 log!201)))
 (= $x374 (< exp!7 exp!9))))
(assert
 (let (($x541 (< log!201 log!201)))
 (= $x541 (< exp!9 exp!8))))
(assert
 (let (($x541 (< log!201 log!201)))
 (= $x541 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x272 (> log!201 0.0)))
 (= $x272 (> exp!9 1.0))))
(assert
 (let ((?x213 (+ 1.0 log!201)))
 (>= exp!9 ?x213)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x585 (/ ?x126 exp!3)))
(let ((?x418 (+ 1.0 ?x585)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x469 (/ ?x24 exp!3)))
(let ((?x600 (+ ?x469 ?x418)))
(let (($x185 (> ?x600 0.0)))
(=> $x185 (= exp!9 ?x600))))))))))
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
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (< 0.0 ?x515))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (< 0.0 ?x515))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x512 (= 0.0 ?x515)))
 (not $x512)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let ((?x320 (/ ?x129 ?x515)))
 (let ((?x321 (- ?x320)))
 (let ((?x181 (+ 1.0 ?x321)))
 (let ((?x178 (* 0.0 ?x181)))
 (let ((?x179 (+ ?x321 ?x178)))
 (let ((?x180 (* 0.0 ?x321)))
 (let ((?x312 (+ ?x180 ?x179)))
 (let ((?x391 (/ ?x127 exp!7)))
 (let ((?x313 (* ?x391 ?x312)))
 (let ((?x148 (* |f[0]| ?x313)))
 (let ((?x113 (- |f[0]|)))
 (let ((?x311 (/ ?x113 ?x515)))
 (let ((?x322 (* ?x129 ?x311)))
 (let ((?x323 (* ?x391 ?x322)))
 (or (and (distinct ?x323 ?x148) true)))))))))))))))))))))))
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
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!6 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!6))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!6 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!6 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!6))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!6 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!6 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!6 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x158 (> ?x515 0.0)))
 (=> $x158 (= exp!6 ?x515))))))))))
(assert
 (let (($x450 (< log!147 |logits[2]|)))
 (= $x450 (< exp!7 exp!1))))
(assert
 (let (($x511 (< |logits[2]| log!147)))
 (= $x511 (< exp!1 exp!7))))
(assert
 (let (($x507 (< log!147 |logits[0]|)))
 (= $x507 (< exp!7 exp!2))))
(assert
 (let (($x398 (< |logits[0]| log!147)))
 (= $x398 (< exp!2 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[1]|)))
 (= $x505 (< exp!7 exp!3))))
(assert
 (let (($x503 (< |logits[1]| log!147)))
 (= $x503 (< exp!3 exp!7))))
(assert
 (let (($x514 (< log!147 log!95)))
 (= $x514 (< exp!7 exp!5))))
(assert
 (let (($x487 (< log!95 log!147)))
 (= $x487 (< exp!5 exp!7))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!7 exp!6))))
(assert
 (let (($x283 (< log!147 log!147)))
 (= $x283 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x230 (> log!147 0.0)))
 (= $x230 (> exp!7 1.0))))
(assert
 (let ((?x238 (+ 1.0 log!147)))
 (>= exp!7 ?x238)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x429 (+ ?x127 ?x129)))
 (let ((?x515 (+ 1.0 ?x429)))
 (let (($x158 (> ?x515 0.0)))
 (=> $x158 (= exp!7 ?x515))))))))))
(assert
 (let (($x142 (< log!201 |logits[2]|)))
 (= $x142 (< exp!8 exp!1))))
(assert
 (let (($x841 (< |logits[2]| log!201)))
 (= $x841 (< exp!1 exp!8))))
(assert
 (let (($x848 (< log!201 |logits[0]|)))
 (= $x848 (< exp!8 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!8))))
(assert
 (let (($x592 (< log!201 |logits[1]|)))
 (= $x592 (< exp!8 exp!3))))
(assert
 (let (($x550 (< |logits[1]| log!201)))
 (= $x550 (< exp!3 exp!8))))
(assert
 (let (($x528 (< log!201 log!95)))
 (= $x528 (< exp!8 exp!5))))
(assert
 (let (($x440 (< log!95 log!201)))
 (= $x440 (< exp!5 exp!8))))
(assert
 (let (($x395 (< log!201 log!147)))
 (= $x395 (< exp!8 exp!7))))
(assert
 (let (($x374 (< log!147 log!201)))
 (= $x374 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x272 (> log!201 0.0)))
 (= $x272 (> exp!8 1.0))))
(assert
 (let ((?x213 (+ 1.0 log!201)))
 (>= exp!8 ?x213)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x585 (/ ?x126 exp!3)))
 (let ((?x418 (+ 1.0 ?x585)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x469 (/ ?x24 exp!3)))
 (let ((?x600 (+ ?x469 ?x418)))
 (let (($x185 (> ?x600 0.0)))
 (=> $x185 (= exp!8 ?x600))))))))))
(assert
 (let (($x142 (< log!201 |logits[2]|)))
 (= $x142 (< exp!9 exp!1))))
(assert
 (let (($x841 (< |logits[2]| log!201)))
 (= $x841 (< exp!1 exp!9))))
(assert
 (let (($x848 (< log!201 |logits[0]|)))
 (= $x848 (< exp!9 exp!2))))
(assert
 (let (($x614 (< |logits[0]| log!201)))
 (= $x614 (< exp!2 exp!9))))
(assert
 (let (($x592 (< log!201 |logits[1]|)))
 (= $x592 (< exp!9 exp!3))))
(assert
 (let (($x550 (< |logits[1]| log!201)))
 (= $x550 (< exp!3 exp!9))))
(assert
 (let (($x528 (< log!201 log!95)))
 (= $x528 (< exp!9 exp!5))))
(assert
 (let (($x440 (< log!95 log!201)))
 (= $x440 (< exp!5 exp!9))))
(assert
 (let (($x395 (< log!201 log!147)))
 (= $x395 (< exp!9 exp!7))))
(assert
 (let (($x374 (< log!147 log!201)))
 (= $x374 (< exp!7 exp!9))))
(assert
 (let (($x541 (< log!201 log!201)))
 (= $x541 (< exp!9 exp!8))))
(assert
 (let (($x541 (< log!201 log!201)))
 (= $x541 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x272 (> log!201 0.0)))
 (= $x272 (> exp!9 1.0))))
(assert
 (let ((?x213 (+ 1.0 log!201)))
 (>= exp!9 ?x213)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x585 (/ ?x126 exp!3)))
(let ((?x418 (+ 1.0 ?x585)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x469 (/ ?x24 exp!3)))
(let ((?x600 (+ ?x469 ?x418)))
(let (($x185 (> ?x600 0.0)))
(=> $x185 (= exp!9 ?x600))))))))))
(check-sat)
(pop 1)
