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
 (let ((?x124 (/ 1.0 ?x54)))
 (let ((?x125 (- ?x124)))
 (let ((?x127 (+ 1.0 ?x125)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x128 (+ ?x126 ?x127)))
 (let ((?x129 (+ ?x126 ?x128)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x130 (* ?x111 ?x129)))
 (let ((?x131 (* |f[0]| ?x130)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (/ ?x120 ?x54)))
 (let ((?x122 (+ ?x115 ?x121)))
 (let ((?x123 (* ?x111 ?x122)))
 (or (and (distinct ?x123 ?x131) true)))))))))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (< 0.0 ?x136)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (< 0.0 ?x136)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let ((?x379 (/ ?x133 ?x136)))
 (let ((?x381 (- ?x379)))
 (let ((?x155 (+ 1.0 ?x381)))
 (let ((?x154 (* 0.0 ?x381)))
 (let ((?x267 (+ ?x154 ?x155)))
 (let ((?x261 (+ ?x154 ?x267)))
 (let ((?x211 (/ ?x133 exp!7)))
 (let ((?x271 (* ?x211 ?x261)))
 (let ((?x273 (* |f[0]| ?x271)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x221 (/ ?x120 ?x136)))
 (let ((?x225 (* ?x133 ?x221)))
 (let ((?x227 (+ ?x115 ?x225)))
 (let ((?x373 (* ?x211 ?x227)))
 (or (and (distinct ?x373 ?x273) true)))))))))))))))))))))))))))))
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
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!6))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!6 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!6))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!6 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!6 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x246 (> ?x136 0.0)))
 (=> $x246 (= exp!6 ?x136)))))))))
(assert
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!7))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!7 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!7))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!7 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!7 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x135 (/ ?x51 exp!1)))
(let ((?x133 (/ (* 1.0 exp!2) exp!1)))
(let ((?x523 (+ ?x133 ?x135)))
(let ((?x136 (+ 1.0 ?x523)))
(let (($x246 (> ?x136 0.0)))
(=> $x246 (= exp!7 ?x136)))))))))
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
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (< 0.0 ?x499))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x582 (= 0.0 ?x499)))
 (not $x582)))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x582 (= 0.0 ?x499)))
 (not $x582)))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x582 (= 0.0 ?x499)))
 (not $x582)))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (< 0.0 ?x499))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x582 (= 0.0 ?x499)))
 (not $x582)))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x582 (= 0.0 ?x499)))
 (not $x582)))))))))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let ((?x212 (/ ?x304 ?x499)))
 (let ((?x869 (- ?x212)))
 (let ((?x443 (+ 1.0 ?x869)))
 (let ((?x500 (* 0.0 ?x869)))
 (let ((?x627 (+ ?x500 ?x443)))
 (let ((?x509 (+ ?x500 ?x627)))
 (let ((?x620 (/ ?x304 exp!9)))
 (let ((?x382 (* ?x620 ?x509)))
 (let ((?x484 (* |f[0]| ?x382)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x571 (/ ?x120 ?x499)))
 (let ((?x613 (* ?x304 ?x571)))
 (let ((?x287 (+ ?x115 ?x613)))
 (let ((?x870 (* ?x620 ?x287)))
 (or (and (distinct ?x870 ?x484) true))))))))))))))))))))))))))))))
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
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!6))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!6 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!6))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!6 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!6 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x246 (> ?x136 0.0)))
 (=> $x246 (= exp!6 ?x136))))))))))
(assert
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!7))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!7 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!7))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!7 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!7 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x246 (> ?x136 0.0)))
 (=> $x246 (= exp!7 ?x136))))))))))
(assert
 (let (($x617 (< log!243 |logits[2]|)))
 (= $x617 (< exp!8 exp!1))))
(assert
 (let (($x662 (< |logits[2]| log!243)))
 (= $x662 (< exp!1 exp!8))))
(assert
 (let (($x609 (< log!243 |logits[0]|)))
 (= $x609 (< exp!8 exp!2))))
(assert
 (let (($x249 (< |logits[0]| log!243)))
 (= $x249 (< exp!2 exp!8))))
(assert
 (let (($x612 (< log!243 |logits[1]|)))
 (= $x612 (< exp!8 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!243)))
 (= $x568 (< exp!3 exp!8))))
(assert
 (let (($x550 (< log!243 log!111)))
 (= $x550 (< exp!8 exp!5))))
(assert
 (let (($x467 (< log!111 log!243)))
 (= $x467 (< exp!5 exp!8))))
(assert
 (let (($x383 (< log!243 log!176)))
 (= $x383 (< exp!8 exp!7))))
(assert
 (let (($x321 (< log!176 log!243)))
 (= $x321 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x296 (> log!243 0.0)))
 (= $x296 (> exp!8 1.0))))
(assert
 (let ((?x645 (+ 1.0 log!243)))
 (>= exp!8 ?x645)))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x217 (> ?x499 0.0)))
 (=> $x217 (= exp!8 ?x499))))))))))
(assert
 (let (($x617 (< log!243 |logits[2]|)))
 (= $x617 (< exp!9 exp!1))))
(assert
 (let (($x662 (< |logits[2]| log!243)))
 (= $x662 (< exp!1 exp!9))))
(assert
 (let (($x609 (< log!243 |logits[0]|)))
 (= $x609 (< exp!9 exp!2))))
(assert
 (let (($x249 (< |logits[0]| log!243)))
 (= $x249 (< exp!2 exp!9))))
(assert
 (let (($x612 (< log!243 |logits[1]|)))
 (= $x612 (< exp!9 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!243)))
 (= $x568 (< exp!3 exp!9))))
(assert
 (let (($x550 (< log!243 log!111)))
 (= $x550 (< exp!9 exp!5))))
(assert
 (let (($x467 (< log!111 log!243)))
 (= $x467 (< exp!5 exp!9))))
(assert
 (let (($x383 (< log!243 log!176)))
 (= $x383 (< exp!9 exp!7))))
(assert
 (let (($x321 (< log!176 log!243)))
 (= $x321 (< exp!7 exp!9))))
(assert
 (let (($x279 (< log!243 log!243)))
 (= $x279 (< exp!9 exp!8))))
(assert
 (let (($x279 (< log!243 log!243)))
 (= $x279 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x296 (> log!243 0.0)))
 (= $x296 (> exp!9 1.0))))
(assert
 (let ((?x645 (+ 1.0 log!243)))
 (>= exp!9 ?x645)))
(assert
 (let ((?x132 (* 1.0 exp!2)))
(let ((?x304 (/ ?x132 exp!3)))
(let ((?x456 (+ 1.0 ?x304)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x566 (/ ?x24 exp!3)))
(let ((?x499 (+ ?x566 ?x456)))
(let (($x217 (> ?x499 0.0)))
(=> $x217 (= exp!9 ?x499))))))))))
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
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (< 0.0 ?x136))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (< 0.0 ?x136))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x528 (= 0.0 ?x136)))
 (not $x528)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let ((?x379 (/ ?x133 ?x136)))
 (let ((?x381 (- ?x379)))
 (let ((?x155 (+ 1.0 ?x381)))
 (let ((?x154 (* 0.0 ?x381)))
 (let ((?x267 (+ ?x154 ?x155)))
 (let ((?x261 (+ ?x154 ?x267)))
 (let ((?x211 (/ ?x133 exp!7)))
 (let ((?x271 (* ?x211 ?x261)))
 (let ((?x273 (* |f[0]| ?x271)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x221 (/ ?x120 ?x136)))
 (let ((?x225 (* ?x133 ?x221)))
 (let ((?x227 (+ ?x115 ?x225)))
 (let ((?x373 (* ?x211 ?x227)))
 (or (and (distinct ?x373 ?x273) true))))))))))))))))))))))))))))))
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
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!6))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!6 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!6))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!6 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!6 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!6 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x246 (> ?x136 0.0)))
 (=> $x246 (= exp!6 ?x136))))))))))
(assert
 (let (($x469 (< log!176 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x527 (< |logits[2]| log!176)))
 (= $x527 (< exp!1 exp!7))))
(assert
 (let (($x524 (< log!176 |logits[0]|)))
 (= $x524 (< exp!7 exp!2))))
(assert
 (let (($x520 (< |logits[0]| log!176)))
 (= $x520 (< exp!2 exp!7))))
(assert
 (let (($x516 (< log!176 |logits[1]|)))
 (= $x516 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!176)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x532 (< log!176 log!111)))
 (= $x532 (< exp!7 exp!5))))
(assert
 (let (($x425 (< log!111 log!176)))
 (= $x425 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!176 log!176)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x338 (> log!176 0.0)))
 (= $x338 (> exp!7 1.0))))
(assert
 (let ((?x337 (+ 1.0 log!176)))
 (>= exp!7 ?x337)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x135 (/ ?x51 exp!1)))
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x133 (/ ?x132 exp!1)))
 (let ((?x523 (+ ?x133 ?x135)))
 (let ((?x136 (+ 1.0 ?x523)))
 (let (($x246 (> ?x136 0.0)))
 (=> $x246 (= exp!7 ?x136))))))))))
(assert
 (let (($x617 (< log!243 |logits[2]|)))
 (= $x617 (< exp!8 exp!1))))
(assert
 (let (($x662 (< |logits[2]| log!243)))
 (= $x662 (< exp!1 exp!8))))
(assert
 (let (($x609 (< log!243 |logits[0]|)))
 (= $x609 (< exp!8 exp!2))))
(assert
 (let (($x249 (< |logits[0]| log!243)))
 (= $x249 (< exp!2 exp!8))))
(assert
 (let (($x612 (< log!243 |logits[1]|)))
 (= $x612 (< exp!8 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!243)))
 (= $x568 (< exp!3 exp!8))))
(assert
 (let (($x550 (< log!243 log!111)))
 (= $x550 (< exp!8 exp!5))))
(assert
 (let (($x467 (< log!111 log!243)))
 (= $x467 (< exp!5 exp!8))))
(assert
 (let (($x383 (< log!243 log!176)))
 (= $x383 (< exp!8 exp!7))))
(assert
 (let (($x321 (< log!176 log!243)))
 (= $x321 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x296 (> log!243 0.0)))
 (= $x296 (> exp!8 1.0))))
(assert
 (let ((?x645 (+ 1.0 log!243)))
 (>= exp!8 ?x645)))
(assert
 (let ((?x132 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x132 exp!3)))
 (let ((?x456 (+ 1.0 ?x304)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x566 (/ ?x24 exp!3)))
 (let ((?x499 (+ ?x566 ?x456)))
 (let (($x217 (> ?x499 0.0)))
 (=> $x217 (= exp!8 ?x499))))))))))
(assert
 (let (($x617 (< log!243 |logits[2]|)))
 (= $x617 (< exp!9 exp!1))))
(assert
 (let (($x662 (< |logits[2]| log!243)))
 (= $x662 (< exp!1 exp!9))))
(assert
 (let (($x609 (< log!243 |logits[0]|)))
 (= $x609 (< exp!9 exp!2))))
(assert
 (let (($x249 (< |logits[0]| log!243)))
 (= $x249 (< exp!2 exp!9))))
(assert
 (let (($x612 (< log!243 |logits[1]|)))
 (= $x612 (< exp!9 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!243)))
 (= $x568 (< exp!3 exp!9))))
(assert
 (let (($x550 (< log!243 log!111)))
 (= $x550 (< exp!9 exp!5))))
(assert
 (let (($x467 (< log!111 log!243)))
 (= $x467 (< exp!5 exp!9))))
(assert
 (let (($x383 (< log!243 log!176)))
 (= $x383 (< exp!9 exp!7))))
(assert
 (let (($x321 (< log!176 log!243)))
 (= $x321 (< exp!7 exp!9))))
(assert
 (let (($x279 (< log!243 log!243)))
 (= $x279 (< exp!9 exp!8))))
(assert
 (let (($x279 (< log!243 log!243)))
 (= $x279 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x296 (> log!243 0.0)))
 (= $x296 (> exp!9 1.0))))
(assert
 (let ((?x645 (+ 1.0 log!243)))
 (>= exp!9 ?x645)))
(assert
 (let ((?x132 (* 1.0 exp!2)))
(let ((?x304 (/ ?x132 exp!3)))
(let ((?x456 (+ 1.0 ?x304)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x566 (/ ?x24 exp!3)))
(let ((?x499 (+ ?x566 ?x456)))
(let (($x217 (> ?x499 0.0)))
(=> $x217 (= exp!9 ?x499))))))))))
(check-sat)
(pop 1)
