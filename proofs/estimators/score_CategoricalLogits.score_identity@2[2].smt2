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
(declare-fun log!111 () Real)
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
 (let ((?x125 (/ ?x33 ?x54)))
 (let ((?x126 (- ?x125)))
 (let ((?x128 (* 0.0 ?x126)))
 (let ((?x129 (+ ?x128 ?x128)))
 (let ((?x127 (+ 1.0 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x131 (* ?x111 ?x130)))
 (let ((?x132 (* |f[2]| ?x131)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x117 (* 0.0 ?x115)))
 (let ((?x118 (- ?x117)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x116 (- ?x115)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x121 (/ ?x120 ?x54)))
 (let ((?x122 (* ?x33 ?x121)))
 (let ((?x123 (+ ?x115 ?x122)))
 (let ((?x124 (* ?x111 ?x123)))
 (or (and (distinct ?x124 ?x132) true))))))))))))))))))))))))))))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (< 0.0 ?x528)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (< 0.0 ?x528)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let ((?x401 (/ 1.0 ?x528)))
 (let ((?x402 (- ?x401)))
 (let ((?x399 (* 0.0 ?x402)))
 (let ((?x193 (+ ?x399 ?x399)))
 (let ((?x398 (+ 1.0 ?x402)))
 (let ((?x194 (+ ?x398 ?x193)))
 (let ((?x281 (/ 1.0 exp!7)))
 (let ((?x161 (* ?x281 ?x194)))
 (let ((?x162 (* |f[2]| ?x161)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x117 (* 0.0 ?x115)))
 (let ((?x118 (- ?x117)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x116 (- ?x115)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x283 (/ ?x120 ?x528)))
 (let ((?x364 (+ ?x115 ?x283)))
 (let ((?x400 (* ?x281 ?x364)))
 (or (and (distinct ?x400 ?x162) true))))))))))))))))))))))))))))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!6 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!6))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!6 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!6))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!6 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!6 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!6 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x176 (> ?x528 0.0)))
 (=> $x176 (= exp!6 ?x528)))))))))
(assert
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!7 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!7))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!7 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!7))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!7 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!7 exp!6))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!7 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!7 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x136 (/ ?x51 exp!1)))
(let ((?x134 (/ (* 1.0 exp!2) exp!1)))
(let ((?x420 (+ ?x134 ?x136)))
(let ((?x528 (+ 1.0 ?x420)))
(let (($x176 (> ?x528 0.0)))
(=> $x176 (= exp!7 ?x528)))))))))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (< 0.0 ?x237))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x489 (= 0.0 ?x237)))
 (not $x489)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x489 (= 0.0 ?x237)))
 (not $x489)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x489 (= 0.0 ?x237)))
 (not $x489)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (< 0.0 ?x237))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x489 (= 0.0 ?x237)))
 (not $x489)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x489 (= 0.0 ?x237)))
 (not $x489)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let ((?x361 (/ ?x549 ?x237)))
 (let ((?x867 (- ?x361)))
 (let ((?x659 (* 0.0 ?x867)))
 (let ((?x620 (+ ?x659 ?x659)))
 (let ((?x235 (+ 1.0 ?x867)))
 (let ((?x277 (+ ?x235 ?x620)))
 (let ((?x615 (/ ?x549 exp!9)))
 (let ((?x436 (* ?x615 ?x277)))
 (let ((?x517 (* |f[2]| ?x436)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x117 (* 0.0 ?x115)))
 (let ((?x118 (- ?x117)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x116 (- ?x115)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x313 (/ ?x120 ?x237)))
 (let ((?x381 (* ?x549 ?x313)))
 (let ((?x507 (+ ?x115 ?x381)))
 (let ((?x868 (* ?x615 ?x507)))
 (or (and (distinct ?x868 ?x517) true))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!6 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!6))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!6 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!6))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!6 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!6 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!6 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x176 (> ?x528 0.0)))
 (=> $x176 (= exp!6 ?x528))))))))))
(assert
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!7 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!7))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!7 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!7))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!7 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!7 exp!6))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!7 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!7 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x176 (> ?x528 0.0)))
 (=> $x176 (= exp!7 ?x528))))))))))
(assert
 (let (($x596 (< log!243 |logits[2]|)))
 (= $x596 (< exp!8 exp!1))))
(assert
 (let (($x554 (< |logits[2]| log!243)))
 (= $x554 (< exp!1 exp!8))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!8 exp!2))))
(assert
 (let (($x320 (< |logits[0]| log!243)))
 (= $x320 (< exp!2 exp!8))))
(assert
 (let (($x638 (< log!243 |logits[1]|)))
 (= $x638 (< exp!8 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!243)))
 (= $x591 (< exp!3 exp!8))))
(assert
 (let (($x443 (< log!243 log!111)))
 (= $x443 (< exp!8 exp!5))))
(assert
 (let (($x499 (< log!111 log!243)))
 (= $x499 (< exp!5 exp!8))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!8 exp!7))))
(assert
 (let (($x319 (< log!176 log!243)))
 (= $x319 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x252 (> log!243 0.0)))
 (= $x252 (> exp!8 1.0))))
(assert
 (let ((?x215 (+ 1.0 log!243)))
 (>= exp!8 ?x215)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x181 (> ?x237 0.0)))
 (=> $x181 (= exp!8 ?x237))))))))))
(assert
 (let (($x596 (< log!243 |logits[2]|)))
 (= $x596 (< exp!9 exp!1))))
(assert
 (let (($x554 (< |logits[2]| log!243)))
 (= $x554 (< exp!1 exp!9))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!9 exp!2))))
(assert
 (let (($x320 (< |logits[0]| log!243)))
 (= $x320 (< exp!2 exp!9))))
(assert
 (let (($x638 (< log!243 |logits[1]|)))
 (= $x638 (< exp!9 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!243)))
 (= $x591 (< exp!3 exp!9))))
(assert
 (let (($x443 (< log!243 log!111)))
 (= $x443 (< exp!9 exp!5))))
(assert
 (let (($x499 (< log!111 log!243)))
 (= $x499 (< exp!5 exp!9))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!9 exp!7))))
(assert
 (let (($x319 (< log!176 log!243)))
 (= $x319 (< exp!7 exp!9))))
(assert
 (let (($x247 (< log!243 log!243)))
 (= $x247 (< exp!9 exp!8))))
(assert
 (let (($x247 (< log!243 log!243)))
 (= $x247 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x252 (> log!243 0.0)))
 (= $x252 (> exp!9 1.0))))
(assert
 (let ((?x215 (+ 1.0 log!243)))
 (>= exp!9 ?x215)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x254 (/ ?x133 exp!3)))
(let ((?x577 (+ 1.0 ?x254)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x549 (/ ?x24 exp!3)))
(let ((?x237 (+ ?x549 ?x577)))
(let (($x181 (> ?x237 0.0)))
(=> $x181 (= exp!9 ?x237))))))))))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!243 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (< 0.0 ?x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (< 0.0 ?x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let ((?x401 (/ 1.0 ?x528)))
 (let ((?x402 (- ?x401)))
 (let ((?x399 (* 0.0 ?x402)))
 (let ((?x193 (+ ?x399 ?x399)))
 (let ((?x398 (+ 1.0 ?x402)))
 (let ((?x194 (+ ?x398 ?x193)))
 (let ((?x281 (/ 1.0 exp!7)))
 (let ((?x161 (* ?x281 ?x194)))
 (let ((?x162 (* |f[2]| ?x161)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x117 (* 0.0 ?x115)))
 (let ((?x118 (- ?x117)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x116 (- ?x115)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x283 (/ ?x120 ?x528)))
 (let ((?x364 (+ ?x115 ?x283)))
 (let ((?x400 (* ?x281 ?x364)))
 (or (and (distinct ?x400 ?x162) true)))))))))))))))))))))))))))))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
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
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!6 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!6))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!6 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!6))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!6 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!6 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!6 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x176 (> ?x528 0.0)))
 (=> $x176 (= exp!6 ?x528))))))))))
(assert
 (let (($x474 (< log!176 |logits[2]|)))
 (= $x474 (< exp!7 exp!1))))
(assert
 (let (($x532 (< |logits[2]| log!176)))
 (= $x532 (< exp!1 exp!7))))
(assert
 (let (($x529 (< log!176 |logits[0]|)))
 (= $x529 (< exp!7 exp!2))))
(assert
 (let (($x525 (< |logits[0]| log!176)))
 (= $x525 (< exp!2 exp!7))))
(assert
 (let (($x521 (< log!176 |logits[1]|)))
 (= $x521 (< exp!7 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!176)))
 (= $x527 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!176 log!111)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!7 exp!6))))
(assert
 (let (($x257 (< log!176 log!176)))
 (= $x257 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x341 (> log!176 0.0)))
 (= $x341 (> exp!7 1.0))))
(assert
 (let ((?x340 (+ 1.0 log!176)))
 (>= exp!7 ?x340)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x420 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x420)))
 (let (($x176 (> ?x528 0.0)))
 (=> $x176 (= exp!7 ?x528))))))))))
(assert
 (let (($x596 (< log!243 |logits[2]|)))
 (= $x596 (< exp!8 exp!1))))
(assert
 (let (($x554 (< |logits[2]| log!243)))
 (= $x554 (< exp!1 exp!8))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!8 exp!2))))
(assert
 (let (($x320 (< |logits[0]| log!243)))
 (= $x320 (< exp!2 exp!8))))
(assert
 (let (($x638 (< log!243 |logits[1]|)))
 (= $x638 (< exp!8 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!243)))
 (= $x591 (< exp!3 exp!8))))
(assert
 (let (($x443 (< log!243 log!111)))
 (= $x443 (< exp!8 exp!5))))
(assert
 (let (($x499 (< log!111 log!243)))
 (= $x499 (< exp!5 exp!8))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!8 exp!7))))
(assert
 (let (($x319 (< log!176 log!243)))
 (= $x319 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x252 (> log!243 0.0)))
 (= $x252 (> exp!8 1.0))))
(assert
 (let ((?x215 (+ 1.0 log!243)))
 (>= exp!8 ?x215)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x254 (/ ?x133 exp!3)))
 (let ((?x577 (+ 1.0 ?x254)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x549 (/ ?x24 exp!3)))
 (let ((?x237 (+ ?x549 ?x577)))
 (let (($x181 (> ?x237 0.0)))
 (=> $x181 (= exp!8 ?x237))))))))))
(assert
 (let (($x596 (< log!243 |logits[2]|)))
 (= $x596 (< exp!9 exp!1))))
(assert
 (let (($x554 (< |logits[2]| log!243)))
 (= $x554 (< exp!1 exp!9))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!9 exp!2))))
(assert
 (let (($x320 (< |logits[0]| log!243)))
 (= $x320 (< exp!2 exp!9))))
(assert
 (let (($x638 (< log!243 |logits[1]|)))
 (= $x638 (< exp!9 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!243)))
 (= $x591 (< exp!3 exp!9))))
(assert
 (let (($x443 (< log!243 log!111)))
 (= $x443 (< exp!9 exp!5))))
(assert
 (let (($x499 (< log!111 log!243)))
 (= $x499 (< exp!5 exp!9))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!9 exp!7))))
(assert
 (let (($x319 (< log!176 log!243)))
 (= $x319 (< exp!7 exp!9))))
(assert
 (let (($x247 (< log!243 log!243)))
 (= $x247 (< exp!9 exp!8))))
(assert
 (let (($x247 (< log!243 log!243)))
 (= $x247 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x252 (> log!243 0.0)))
 (= $x252 (> exp!9 1.0))))
(assert
 (let ((?x215 (+ 1.0 log!243)))
 (>= exp!9 ?x215)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x254 (/ ?x133 exp!3)))
(let ((?x577 (+ 1.0 ?x254)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x549 (/ ?x24 exp!3)))
(let ((?x237 (+ ?x549 ?x577)))
(let (($x181 (> ?x237 0.0)))
(=> $x181 (= exp!9 ?x237))))))))))
(check-sat)
(pop 1)
