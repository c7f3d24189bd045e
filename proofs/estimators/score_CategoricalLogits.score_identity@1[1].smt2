; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x125 (/ ?x52 ?x54)))
 (let ((?x126 (- ?x125)))
 (let ((?x128 (+ 1.0 ?x126)))
 (let ((?x127 (* 0.0 ?x126)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x131 (* ?x111 ?x130)))
 (let ((?x132 (* |f[1]| ?x131)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (/ ?x120 ?x54)))
 (let ((?x122 (* ?x52 ?x121)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (< 0.0 ?x528)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (< 0.0 ?x528)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let ((?x382 (/ ?x136 ?x528)))
 (let ((?x384 (- ?x382)))
 (let ((?x156 (+ 1.0 ?x384)))
 (let ((?x155 (* 0.0 ?x384)))
 (let ((?x270 (+ ?x155 ?x156)))
 (let ((?x264 (+ ?x155 ?x270)))
 (let ((?x228 (/ ?x136 exp!7)))
 (let ((?x274 (* ?x228 ?x264)))
 (let ((?x276 (* |f[1]| ?x274)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x230 (/ ?x120 ?x528)))
 (let ((?x409 (* ?x136 ?x230)))
 (let ((?x410 (+ ?x115 ?x409)))
 (let ((?x376 (* ?x228 ?x410)))
 (or (and (distinct ?x376 ?x276) true)))))))))))))))))))))))))))))
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x249 (> ?x528 0.0)))
 (=> $x249 (= exp!6 ?x528)))))))))
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
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!7 exp!6))))
(assert
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!6 exp!7))))
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
(let ((?x450 (+ ?x134 ?x136)))
(let ((?x528 (+ 1.0 ?x450)))
(let (($x249 (> ?x528 0.0)))
(=> $x249 (= exp!7 ?x528)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (< 0.0 ?x549))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x429 (= 0.0 ?x549)))
 (not $x429)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x429 (= 0.0 ?x549)))
 (not $x429)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x429 (= 0.0 ?x549)))
 (not $x429)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (< 0.0 ?x549))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x429 (= 0.0 ?x549)))
 (not $x429)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x429 (= 0.0 ?x549)))
 (not $x429)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let ((?x872 (/ 1.0 ?x549)))
 (let ((?x284 (- ?x872)))
 (let ((?x548 (+ 1.0 ?x284)))
 (let ((?x871 (* 0.0 ?x284)))
 (let ((?x484 (+ ?x871 ?x548)))
 (let ((?x395 (+ ?x871 ?x484)))
 (let ((?x619 (/ 1.0 exp!9)))
 (let ((?x541 (* ?x619 ?x395)))
 (let ((?x246 (* |f[1]| ?x541)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x580 (/ ?x120 ?x549)))
 (let ((?x286 (+ ?x115 ?x580)))
 (let ((?x352 (* ?x619 ?x286)))
 (or (and (distinct ?x352 ?x246) true)))))))))))))))))))))))))))))
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x249 (> ?x528 0.0)))
 (=> $x249 (= exp!6 ?x528))))))))))
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
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!7 exp!6))))
(assert
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!6 exp!7))))
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x249 (> ?x528 0.0)))
 (=> $x249 (= exp!7 ?x528))))))))))
(assert
 (let (($x585 (< log!243 |logits[2]|)))
 (= $x585 (< exp!8 exp!1))))
(assert
 (let (($x571 (< |logits[2]| log!243)))
 (= $x571 (< exp!1 exp!8))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!8 exp!2))))
(assert
 (let (($x314 (< |logits[0]| log!243)))
 (= $x314 (< exp!2 exp!8))))
(assert
 (let (($x613 (< log!243 |logits[1]|)))
 (= $x613 (< exp!8 exp!3))))
(assert
 (let (($x594 (< |logits[1]| log!243)))
 (= $x594 (< exp!3 exp!8))))
(assert
 (let (($x495 (< log!243 log!111)))
 (= $x495 (< exp!8 exp!5))))
(assert
 (let (($x480 (< log!111 log!243)))
 (= $x480 (< exp!5 exp!8))))
(assert
 (let (($x413 (< log!243 log!176)))
 (= $x413 (< exp!8 exp!7))))
(assert
 (let (($x388 (< log!176 log!243)))
 (= $x388 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x305 (> log!243 0.0)))
 (= $x305 (> exp!8 1.0))))
(assert
 (let ((?x232 (+ 1.0 log!243)))
 (>= exp!8 ?x232)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x175 (> ?x549 0.0)))
 (=> $x175 (= exp!8 ?x549))))))))))
(assert
 (let (($x585 (< log!243 |logits[2]|)))
 (= $x585 (< exp!9 exp!1))))
(assert
 (let (($x571 (< |logits[2]| log!243)))
 (= $x571 (< exp!1 exp!9))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!9 exp!2))))
(assert
 (let (($x314 (< |logits[0]| log!243)))
 (= $x314 (< exp!2 exp!9))))
(assert
 (let (($x613 (< log!243 |logits[1]|)))
 (= $x613 (< exp!9 exp!3))))
(assert
 (let (($x594 (< |logits[1]| log!243)))
 (= $x594 (< exp!3 exp!9))))
(assert
 (let (($x495 (< log!243 log!111)))
 (= $x495 (< exp!9 exp!5))))
(assert
 (let (($x480 (< log!111 log!243)))
 (= $x480 (< exp!5 exp!9))))
(assert
 (let (($x413 (< log!243 log!176)))
 (= $x413 (< exp!9 exp!7))))
(assert
 (let (($x388 (< log!176 log!243)))
 (= $x388 (< exp!7 exp!9))))
(assert
 (let (($x475 (< log!243 log!243)))
 (= $x475 (< exp!9 exp!8))))
(assert
 (let (($x475 (< log!243 log!243)))
 (= $x475 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x305 (> log!243 0.0)))
 (= $x305 (> exp!9 1.0))))
(assert
 (let ((?x232 (+ 1.0 log!243)))
 (>= exp!9 ?x232)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x181 (/ ?x133 exp!3)))
(let ((?x460 (+ 1.0 ?x181)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x445 (/ ?x24 exp!3)))
(let ((?x549 (+ ?x445 ?x460)))
(let (($x175 (> ?x549 0.0)))
(=> $x175 (= exp!9 ?x549))))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (< 0.0 ?x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (< 0.0 ?x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x533 (= 0.0 ?x528)))
 (not $x533)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let ((?x382 (/ ?x136 ?x528)))
 (let ((?x384 (- ?x382)))
 (let ((?x156 (+ 1.0 ?x384)))
 (let ((?x155 (* 0.0 ?x384)))
 (let ((?x270 (+ ?x155 ?x156)))
 (let ((?x264 (+ ?x155 ?x270)))
 (let ((?x228 (/ ?x136 exp!7)))
 (let ((?x274 (* ?x228 ?x264)))
 (let ((?x276 (* |f[1]| ?x274)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x230 (/ ?x120 ?x528)))
 (let ((?x409 (* ?x136 ?x230)))
 (let ((?x410 (+ ?x115 ?x409)))
 (let ((?x376 (* ?x228 ?x410)))
 (or (and (distinct ?x376 ?x276) true))))))))))))))))))))))))))))))
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x249 (> ?x528 0.0)))
 (=> $x249 (= exp!6 ?x528))))))))))
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
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!7 exp!6))))
(assert
 (let (($x364 (< log!176 log!176)))
 (= $x364 (< exp!6 exp!7))))
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
 (let ((?x450 (+ ?x134 ?x136)))
 (let ((?x528 (+ 1.0 ?x450)))
 (let (($x249 (> ?x528 0.0)))
 (=> $x249 (= exp!7 ?x528))))))))))
(assert
 (let (($x585 (< log!243 |logits[2]|)))
 (= $x585 (< exp!8 exp!1))))
(assert
 (let (($x571 (< |logits[2]| log!243)))
 (= $x571 (< exp!1 exp!8))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!8 exp!2))))
(assert
 (let (($x314 (< |logits[0]| log!243)))
 (= $x314 (< exp!2 exp!8))))
(assert
 (let (($x613 (< log!243 |logits[1]|)))
 (= $x613 (< exp!8 exp!3))))
(assert
 (let (($x594 (< |logits[1]| log!243)))
 (= $x594 (< exp!3 exp!8))))
(assert
 (let (($x495 (< log!243 log!111)))
 (= $x495 (< exp!8 exp!5))))
(assert
 (let (($x480 (< log!111 log!243)))
 (= $x480 (< exp!5 exp!8))))
(assert
 (let (($x413 (< log!243 log!176)))
 (= $x413 (< exp!8 exp!7))))
(assert
 (let (($x388 (< log!176 log!243)))
 (= $x388 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x305 (> log!243 0.0)))
 (= $x305 (> exp!8 1.0))))
(assert
 (let ((?x232 (+ 1.0 log!243)))
 (>= exp!8 ?x232)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x181 (/ ?x133 exp!3)))
 (let ((?x460 (+ 1.0 ?x181)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x445 (/ ?x24 exp!3)))
 (let ((?x549 (+ ?x445 ?x460)))
 (let (($x175 (> ?x549 0.0)))
 (=> $x175 (= exp!8 ?x549))))))))))
(assert
 (let (($x585 (< log!243 |logits[2]|)))
 (= $x585 (< exp!9 exp!1))))
(assert
 (let (($x571 (< |logits[2]| log!243)))
 (= $x571 (< exp!1 exp!9))))
(assert
 (let (($x578 (< log!243 |logits[0]|)))
 (= $x578 (< exp!9 exp!2))))
(assert
 (let (($x314 (< |logits[0]| log!243)))
 (= $x314 (< exp!2 exp!9))))
(assert
 (let (($x613 (< log!243 |logits[1]|)))
 (= $x613 (< exp!9 exp!3))))
(assert
 (let (($x594 (< |logits[1]| log!243)))
 (= $x594 (< exp!3 exp!9))))
(assert
 (let (($x495 (< log!243 log!111)))
 (= $x495 (< exp!9 exp!5))))
(assert
 (let (($x480 (< log!111 log!243)))
 (= $x480 (< exp!5 exp!9))))
(assert
 (let (($x413 (< log!243 log!176)))
 (= $x413 (< exp!9 exp!7))))
(assert
 (let (($x388 (< log!176 log!243)))
 (= $x388 (< exp!7 exp!9))))
(assert
 (let (($x475 (< log!243 log!243)))
 (= $x475 (< exp!9 exp!8))))
(assert
 (let (($x475 (< log!243 log!243)))
 (= $x475 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x305 (> log!243 0.0)))
 (= $x305 (> exp!9 1.0))))
(assert
 (let ((?x232 (+ 1.0 log!243)))
 (>= exp!9 ?x232)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x181 (/ ?x133 exp!3)))
(let ((?x460 (+ 1.0 ?x181)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x445 (/ ?x24 exp!3)))
(let ((?x549 (+ ?x445 ?x460)))
(let (($x175 (> ?x549 0.0)))
(=> $x175 (= exp!9 ?x549))))))))))
(check-sat)
(pop 1)
