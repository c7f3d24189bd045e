; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
 (let ((?x118 (/ ?x33 ?x54)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x122 (+ ?x121 ?x121)))
 (let ((?x120 (+ 1.0 ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x124 (* ?x111 ?x123)))
 (let ((?x125 (* |f[2]| ?x124)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (* ?x33 ?x114)))
 (let ((?x116 (+ |f[2]| ?x115)))
 (let ((?x117 (* ?x111 ?x116)))
 (or (and (distinct ?x117 ?x125) true)))))))))))))))))))))
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
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (< 0.0 ?x521)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (< 0.0 ?x521)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let ((?x154 (/ 1.0 ?x521)))
 (let ((?x155 (- ?x154)))
 (let ((?x207 (* 0.0 ?x155)))
 (let ((?x217 (+ ?x207 ?x207)))
 (let ((?x156 (+ 1.0 ?x155)))
 (let ((?x221 (+ ?x156 ?x217)))
 (let ((?x294 (/ 1.0 exp!7)))
 (let ((?x223 (* ?x294 ?x221)))
 (let ((?x402 (* |f[2]| ?x223)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x295 (/ ?x113 ?x521)))
 (let ((?x186 (+ |f[2]| ?x295)))
 (let ((?x187 (* ?x294 ?x186)))
 (or (and (distinct ?x187 ?x402) true)))))))))))))))))))))
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
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!6 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!6 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x191 (> ?x521 0.0)))
 (=> $x191 (= exp!6 ?x521)))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!7 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!7 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x129 (/ ?x51 exp!1)))
(let ((?x127 (/ (* 1.0 exp!2) exp!1)))
(let ((?x413 (+ ?x127 ?x129)))
(let ((?x521 (+ 1.0 ?x413)))
(let (($x191 (> ?x521 0.0)))
(=> $x191 (= exp!7 ?x521)))))))))
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
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (< 0.0 ?x629))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x137 (= 0.0 ?x629)))
 (not $x137)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x137 (= 0.0 ?x629)))
 (not $x137)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x137 (= 0.0 ?x629)))
 (not $x137)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (< 0.0 ?x629))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x137 (= 0.0 ?x629)))
 (not $x137)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x137 (= 0.0 ?x629)))
 (not $x137)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let ((?x210 (/ ?x496 ?x629)))
 (let ((?x384 (- ?x210)))
 (let ((?x301 (* 0.0 ?x384)))
 (let ((?x363 (+ ?x301 ?x301)))
 (let ((?x605 (+ 1.0 ?x384)))
 (let ((?x579 (+ ?x605 ?x363)))
 (let ((?x434 (/ ?x496 exp!9)))
 (let ((?x618 (* ?x434 ?x579)))
 (let ((?x501 (* |f[2]| ?x618)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x499 (/ ?x113 ?x629)))
 (let ((?x506 (* ?x496 ?x499)))
 (let ((?x444 (+ |f[2]| ?x506)))
 (let ((?x861 (* ?x434 ?x444)))
 (or (and (distinct ?x861 ?x501) true)))))))))))))))))))))))
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
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!6 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!6 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x191 (> ?x521 0.0)))
 (=> $x191 (= exp!6 ?x521))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!7 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!7 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x191 (> ?x521 0.0)))
 (=> $x191 (= exp!7 ?x521))))))))))
(assert
 (let (($x240 (< log!201 |logits[2]|)))
 (= $x240 (< exp!8 exp!1))))
(assert
 (let (($x846 (< |logits[2]| log!201)))
 (= $x846 (< exp!1 exp!8))))
(assert
 (let (($x661 (< log!201 |logits[0]|)))
 (= $x661 (< exp!8 exp!2))))
(assert
 (let (($x649 (< |logits[0]| log!201)))
 (= $x649 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x596 (< |logits[1]| log!201)))
 (= $x596 (< exp!3 exp!8))))
(assert
 (let (($x479 (< log!201 log!95)))
 (= $x479 (< exp!8 exp!5))))
(assert
 (let (($x455 (< log!95 log!201)))
 (= $x455 (< exp!5 exp!8))))
(assert
 (let (($x389 (< log!201 log!147)))
 (= $x389 (< exp!8 exp!7))))
(assert
 (let (($x342 (< log!147 log!201)))
 (= $x342 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x309 (> log!201 0.0)))
 (= $x309 (> exp!8 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!201)))
 (>= exp!8 ?x229)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x379 (> ?x629 0.0)))
 (=> $x379 (= exp!8 ?x629))))))))))
(assert
 (let (($x240 (< log!201 |logits[2]|)))
 (= $x240 (< exp!9 exp!1))))
(assert
 (let (($x846 (< |logits[2]| log!201)))
 (= $x846 (< exp!1 exp!9))))
(assert
 (let (($x661 (< log!201 |logits[0]|)))
 (= $x661 (< exp!9 exp!2))))
(assert
 (let (($x649 (< |logits[0]| log!201)))
 (= $x649 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x596 (< |logits[1]| log!201)))
 (= $x596 (< exp!3 exp!9))))
(assert
 (let (($x479 (< log!201 log!95)))
 (= $x479 (< exp!9 exp!5))))
(assert
 (let (($x455 (< log!95 log!201)))
 (= $x455 (< exp!5 exp!9))))
(assert
 (let (($x389 (< log!201 log!147)))
 (= $x389 (< exp!9 exp!7))))
(assert
 (let (($x342 (< log!147 log!201)))
 (= $x342 (< exp!7 exp!9))))
(assert
 (let (($x273 (< log!201 log!201)))
 (= $x273 (< exp!9 exp!8))))
(assert
 (let (($x273 (< log!201 log!201)))
 (= $x273 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x309 (> log!201 0.0)))
 (= $x309 (> exp!9 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!201)))
 (>= exp!9 ?x229)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x174 (/ ?x126 exp!3)))
(let ((?x630 (+ 1.0 ?x174)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x496 (/ ?x24 exp!3)))
(let ((?x629 (+ ?x496 ?x630)))
(let (($x379 (> ?x629 0.0)))
(=> $x379 (= exp!9 ?x629))))))))))
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
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (< 0.0 ?x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (< 0.0 ?x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let ((?x154 (/ 1.0 ?x521)))
 (let ((?x155 (- ?x154)))
 (let ((?x207 (* 0.0 ?x155)))
 (let ((?x217 (+ ?x207 ?x207)))
 (let ((?x156 (+ 1.0 ?x155)))
 (let ((?x221 (+ ?x156 ?x217)))
 (let ((?x294 (/ 1.0 exp!7)))
 (let ((?x223 (* ?x294 ?x221)))
 (let ((?x402 (* |f[2]| ?x223)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x295 (/ ?x113 ?x521)))
 (let ((?x186 (+ |f[2]| ?x295)))
 (let ((?x187 (* ?x294 ?x186)))
 (or (and (distinct ?x187 ?x402) true))))))))))))))))))))))
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
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!6 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!6 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x191 (> ?x521 0.0)))
 (=> $x191 (= exp!6 ?x521))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!147 log!147)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x159 (> log!147 0.0)))
 (= $x159 (> exp!7 1.0))))
(assert
 (let ((?x178 (+ 1.0 log!147)))
 (>= exp!7 ?x178)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x413 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x413)))
 (let (($x191 (> ?x521 0.0)))
 (=> $x191 (= exp!7 ?x521))))))))))
(assert
 (let (($x240 (< log!201 |logits[2]|)))
 (= $x240 (< exp!8 exp!1))))
(assert
 (let (($x846 (< |logits[2]| log!201)))
 (= $x846 (< exp!1 exp!8))))
(assert
 (let (($x661 (< log!201 |logits[0]|)))
 (= $x661 (< exp!8 exp!2))))
(assert
 (let (($x649 (< |logits[0]| log!201)))
 (= $x649 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x596 (< |logits[1]| log!201)))
 (= $x596 (< exp!3 exp!8))))
(assert
 (let (($x479 (< log!201 log!95)))
 (= $x479 (< exp!8 exp!5))))
(assert
 (let (($x455 (< log!95 log!201)))
 (= $x455 (< exp!5 exp!8))))
(assert
 (let (($x389 (< log!201 log!147)))
 (= $x389 (< exp!8 exp!7))))
(assert
 (let (($x342 (< log!147 log!201)))
 (= $x342 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x309 (> log!201 0.0)))
 (= $x309 (> exp!8 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!201)))
 (>= exp!8 ?x229)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x174 (/ ?x126 exp!3)))
 (let ((?x630 (+ 1.0 ?x174)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x496 (/ ?x24 exp!3)))
 (let ((?x629 (+ ?x496 ?x630)))
 (let (($x379 (> ?x629 0.0)))
 (=> $x379 (= exp!8 ?x629))))))))))
(assert
 (let (($x240 (< log!201 |logits[2]|)))
 (= $x240 (< exp!9 exp!1))))
(assert
 (let (($x846 (< |logits[2]| log!201)))
 (= $x846 (< exp!1 exp!9))))
(assert
 (let (($x661 (< log!201 |logits[0]|)))
 (= $x661 (< exp!9 exp!2))))
(assert
 (let (($x649 (< |logits[0]| log!201)))
 (= $x649 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!201 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x596 (< |logits[1]| log!201)))
 (= $x596 (< exp!3 exp!9))))
(assert
 (let (($x479 (< log!201 log!95)))
 (= $x479 (< exp!9 exp!5))))
(assert
 (let (($x455 (< log!95 log!201)))
 (= $x455 (< exp!5 exp!9))))
(assert
 (let (($x389 (< log!201 log!147)))
 (= $x389 (< exp!9 exp!7))))
(assert
 (let (($x342 (< log!147 log!201)))
 (= $x342 (< exp!7 exp!9))))
(assert
 (let (($x273 (< log!201 log!201)))
 (= $x273 (< exp!9 exp!8))))
(assert
 (let (($x273 (< log!201 log!201)))
 (= $x273 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x309 (> log!201 0.0)))
 (= $x309 (> exp!9 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!201)))
 (>= exp!9 ?x229)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x174 (/ ?x126 exp!3)))
(let ((?x630 (+ 1.0 ?x174)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x496 (/ ?x24 exp!3)))
(let ((?x629 (+ ?x496 ?x630)))
(let (($x379 (> ?x629 0.0)))
(=> $x379 (= exp!9 ?x629))))))))))
(check-sat)
(pop 1)
