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
 (let ((?x129 (* 0.0 ?x128)))
 (let ((?x130 (+ ?x126 ?x129)))
 (let ((?x127 (* 0.0 ?x126)))
 (let ((?x131 (+ ?x127 ?x130)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x132 (* ?x111 ?x131)))
 (let ((?x133 (* |f[0]| ?x132)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (/ ?x120 ?x54)))
 (let ((?x122 (* ?x52 ?x121)))
 (let ((?x123 (+ ?x116 ?x122)))
 (let ((?x124 (* ?x111 ?x123)))
 (or (and (distinct ?x124 ?x133) true)))))))))))))))))))))))))))))
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
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (< 0.0 ?x523)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (< 0.0 ?x523)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let ((?x365 (/ ?x137 ?x523)))
 (let ((?x371 (- ?x365)))
 (let ((?x188 (+ 1.0 ?x371)))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x186 (+ ?x371 ?x189)))
 (let ((?x373 (* 0.0 ?x371)))
 (let ((?x187 (+ ?x373 ?x186)))
 (let ((?x213 (/ ?x135 exp!7)))
 (let ((?x156 (* ?x213 ?x187)))
 (let ((?x157 (* |f[0]| ?x156)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x217 (/ ?x120 ?x523)))
 (let ((?x219 (* ?x137 ?x217)))
 (let ((?x398 (+ ?x116 ?x219)))
 (let ((?x399 (* ?x213 ?x398)))
 (or (and (distinct ?x399 ?x157) true))))))))))))))))))))))))))))))
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
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!6 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!6))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!6 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!6))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!6 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!6 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!6 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x237 (> ?x523 0.0)))
 (=> $x237 (= exp!6 ?x523)))))))))
(assert
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!7 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!7))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!7 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!7))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!7 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!7 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!7 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x137 (/ ?x51 exp!1)))
(let ((?x135 (/ (* 1.0 exp!2) exp!1)))
(let ((?x437 (+ ?x135 ?x137)))
(let ((?x523 (+ 1.0 ?x437)))
(let (($x237 (> ?x523 0.0)))
(=> $x237 (= exp!7 ?x523)))))))))
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
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (< 0.0 ?x228))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x394 (= 0.0 ?x228)))
 (not $x394)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x394 (= 0.0 ?x228)))
 (not $x394)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x394 (= 0.0 ?x228)))
 (not $x394)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (< 0.0 ?x228))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x394 (= 0.0 ?x228)))
 (not $x394)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x394 (= 0.0 ?x228)))
 (not $x394)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let ((?x866 (/ 1.0 ?x228)))
 (let ((?x584 (- ?x866)))
 (let ((?x251 (+ 1.0 ?x584)))
 (let ((?x366 (* 0.0 ?x251)))
 (let ((?x537 (+ ?x584 ?x366)))
 (let ((?x865 (* 0.0 ?x584)))
 (let ((?x340 (+ ?x865 ?x537)))
 (let ((?x173 (/ ?x610 exp!9)))
 (let ((?x152 (* ?x173 ?x340)))
 (let ((?x417 (* |f[0]| ?x152)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x267 (/ ?x120 ?x228)))
 (let ((?x425 (+ ?x116 ?x267)))
 (let ((?x653 (* ?x173 ?x425)))
 (or (and (distinct ?x653 ?x417) true))))))))))))))))))))))))))))))
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
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!6 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!6))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!6 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!6))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!6 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!6 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!6 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x237 (> ?x523 0.0)))
 (=> $x237 (= exp!6 ?x523))))))))))
(assert
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!7 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!7))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!7 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!7))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!7 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!7 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!7 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x237 (> ?x523 0.0)))
 (=> $x237 (= exp!7 ?x523))))))))))
(assert
 (let (($x588 (< log!243 |logits[2]|)))
 (= $x588 (< exp!8 exp!1))))
(assert
 (let (($x496 (< |logits[2]| log!243)))
 (= $x496 (< exp!1 exp!8))))
(assert
 (let (($x552 (< log!243 |logits[0]|)))
 (= $x552 (< exp!8 exp!2))))
(assert
 (let (($x501 (< |logits[0]| log!243)))
 (= $x501 (< exp!2 exp!8))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!8 exp!3))))
(assert
 (let (($x598 (< |logits[1]| log!243)))
 (= $x598 (< exp!3 exp!8))))
(assert
 (let (($x567 (< log!243 log!111)))
 (= $x567 (< exp!8 exp!5))))
(assert
 (let (($x497 (< log!111 log!243)))
 (= $x497 (< exp!5 exp!8))))
(assert
 (let (($x448 (< log!243 log!176)))
 (= $x448 (< exp!8 exp!7))))
(assert
 (let (($x374 (< log!176 log!243)))
 (= $x374 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x290 (> log!243 0.0)))
 (= $x290 (> exp!8 1.0))))
(assert
 (let ((?x209 (+ 1.0 log!243)))
 (>= exp!8 ?x209)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x194 (> ?x228 0.0)))
 (=> $x194 (= exp!8 ?x228))))))))))
(assert
 (let (($x588 (< log!243 |logits[2]|)))
 (= $x588 (< exp!9 exp!1))))
(assert
 (let (($x496 (< |logits[2]| log!243)))
 (= $x496 (< exp!1 exp!9))))
(assert
 (let (($x552 (< log!243 |logits[0]|)))
 (= $x552 (< exp!9 exp!2))))
(assert
 (let (($x501 (< |logits[0]| log!243)))
 (= $x501 (< exp!2 exp!9))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!9 exp!3))))
(assert
 (let (($x598 (< |logits[1]| log!243)))
 (= $x598 (< exp!3 exp!9))))
(assert
 (let (($x567 (< log!243 log!111)))
 (= $x567 (< exp!9 exp!5))))
(assert
 (let (($x497 (< log!111 log!243)))
 (= $x497 (< exp!5 exp!9))))
(assert
 (let (($x448 (< log!243 log!176)))
 (= $x448 (< exp!9 exp!7))))
(assert
 (let (($x374 (< log!176 log!243)))
 (= $x374 (< exp!7 exp!9))))
(assert
 (let (($x179 (< log!243 log!243)))
 (= $x179 (< exp!9 exp!8))))
(assert
 (let (($x179 (< log!243 log!243)))
 (= $x179 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x290 (> log!243 0.0)))
 (= $x290 (> exp!9 1.0))))
(assert
 (let ((?x209 (+ 1.0 log!243)))
 (>= exp!9 ?x209)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x610 (/ ?x134 exp!3)))
(let ((?x638 (+ 1.0 ?x610)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x626 (/ ?x24 exp!3)))
(let ((?x228 (+ ?x626 ?x638)))
(let (($x194 (> ?x228 0.0)))
(=> $x194 (= exp!9 ?x228))))))))))
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
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (< 0.0 ?x523))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (< 0.0 ?x523))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let ((?x365 (/ ?x137 ?x523)))
 (let ((?x371 (- ?x365)))
 (let ((?x188 (+ 1.0 ?x371)))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x186 (+ ?x371 ?x189)))
 (let ((?x373 (* 0.0 ?x371)))
 (let ((?x187 (+ ?x373 ?x186)))
 (let ((?x213 (/ ?x135 exp!7)))
 (let ((?x156 (* ?x213 ?x187)))
 (let ((?x157 (* |f[0]| ?x156)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x217 (/ ?x120 ?x523)))
 (let ((?x219 (* ?x137 ?x217)))
 (let ((?x398 (+ ?x116 ?x219)))
 (let ((?x399 (* ?x213 ?x398)))
 (or (and (distinct ?x399 ?x157) true)))))))))))))))))))))))))))))))
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
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!6 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!6))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!6 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!6))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!6 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!6 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!6 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x237 (> ?x523 0.0)))
 (=> $x237 (= exp!6 ?x523))))))))))
(assert
 (let (($x458 (< log!176 |logits[2]|)))
 (= $x458 (< exp!7 exp!1))))
(assert
 (let (($x519 (< |logits[2]| log!176)))
 (= $x519 (< exp!1 exp!7))))
(assert
 (let (($x515 (< log!176 |logits[0]|)))
 (= $x515 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[1]|)))
 (= $x513 (< exp!7 exp!3))))
(assert
 (let (($x511 (< |logits[1]| log!176)))
 (= $x511 (< exp!3 exp!7))))
(assert
 (let (($x522 (< log!176 log!111)))
 (= $x522 (< exp!7 exp!5))))
(assert
 (let (($x495 (< log!111 log!176)))
 (= $x495 (< exp!5 exp!7))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!7 exp!6))))
(assert
 (let (($x272 (< log!176 log!176)))
 (= $x272 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x319 (> log!176 0.0)))
 (= $x319 (> exp!7 1.0))))
(assert
 (let ((?x328 (+ 1.0 log!176)))
 (>= exp!7 ?x328)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x437 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x437)))
 (let (($x237 (> ?x523 0.0)))
 (=> $x237 (= exp!7 ?x523))))))))))
(assert
 (let (($x588 (< log!243 |logits[2]|)))
 (= $x588 (< exp!8 exp!1))))
(assert
 (let (($x496 (< |logits[2]| log!243)))
 (= $x496 (< exp!1 exp!8))))
(assert
 (let (($x552 (< log!243 |logits[0]|)))
 (= $x552 (< exp!8 exp!2))))
(assert
 (let (($x501 (< |logits[0]| log!243)))
 (= $x501 (< exp!2 exp!8))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!8 exp!3))))
(assert
 (let (($x598 (< |logits[1]| log!243)))
 (= $x598 (< exp!3 exp!8))))
(assert
 (let (($x567 (< log!243 log!111)))
 (= $x567 (< exp!8 exp!5))))
(assert
 (let (($x497 (< log!111 log!243)))
 (= $x497 (< exp!5 exp!8))))
(assert
 (let (($x448 (< log!243 log!176)))
 (= $x448 (< exp!8 exp!7))))
(assert
 (let (($x374 (< log!176 log!243)))
 (= $x374 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x290 (> log!243 0.0)))
 (= $x290 (> exp!8 1.0))))
(assert
 (let ((?x209 (+ 1.0 log!243)))
 (>= exp!8 ?x209)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x610 (/ ?x134 exp!3)))
 (let ((?x638 (+ 1.0 ?x610)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x626 (/ ?x24 exp!3)))
 (let ((?x228 (+ ?x626 ?x638)))
 (let (($x194 (> ?x228 0.0)))
 (=> $x194 (= exp!8 ?x228))))))))))
(assert
 (let (($x588 (< log!243 |logits[2]|)))
 (= $x588 (< exp!9 exp!1))))
(assert
 (let (($x496 (< |logits[2]| log!243)))
 (= $x496 (< exp!1 exp!9))))
(assert
 (let (($x552 (< log!243 |logits[0]|)))
 (= $x552 (< exp!9 exp!2))))
(assert
 (let (($x501 (< |logits[0]| log!243)))
 (= $x501 (< exp!2 exp!9))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!9 exp!3))))
(assert
 (let (($x598 (< |logits[1]| log!243)))
 (= $x598 (< exp!3 exp!9))))
(assert
 (let (($x567 (< log!243 log!111)))
 (= $x567 (< exp!9 exp!5))))
(assert
 (let (($x497 (< log!111 log!243)))
 (= $x497 (< exp!5 exp!9))))
(assert
 (let (($x448 (< log!243 log!176)))
 (= $x448 (< exp!9 exp!7))))
(assert
 (let (($x374 (< log!176 log!243)))
 (= $x374 (< exp!7 exp!9))))
(assert
 (let (($x179 (< log!243 log!243)))
 (= $x179 (< exp!9 exp!8))))
(assert
 (let (($x179 (< log!243 log!243)))
 (= $x179 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x290 (> log!243 0.0)))
 (= $x290 (> exp!9 1.0))))
(assert
 (let ((?x209 (+ 1.0 log!243)))
 (>= exp!9 ?x209)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x610 (/ ?x134 exp!3)))
(let ((?x638 (+ 1.0 ?x610)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x626 (/ ?x24 exp!3)))
(let ((?x228 (+ ?x626 ?x638)))
(let (($x194 (> ?x228 0.0)))
(=> $x194 (= exp!9 ?x228))))))))))
(check-sat)
(pop 1)
