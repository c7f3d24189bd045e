; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
 (let ((?x125 (/ ?x33 ?x54)))
 (let ((?x126 (- ?x125)))
 (let ((?x129 (* 0.0 ?x126)))
 (let ((?x130 (+ ?x126 ?x129)))
 (let ((?x127 (+ 1.0 ?x126)))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x131 (+ ?x128 ?x130)))
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
 (let ((?x122 (* ?x33 ?x121)))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (< 0.0 ?x523)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (< 0.0 ?x523)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let ((?x217 (/ 1.0 ?x523)))
 (let ((?x219 (- ?x217)))
 (let ((?x373 (* 0.0 ?x219)))
 (let ((?x156 (+ ?x219 ?x373)))
 (let ((?x365 (+ 1.0 ?x219)))
 (let ((?x371 (* 0.0 ?x365)))
 (let ((?x157 (+ ?x371 ?x156)))
 (let ((?x163 (/ ?x135 exp!7)))
 (let ((?x259 (* ?x163 ?x157)))
 (let ((?x253 (* |f[0]| ?x259)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x164 (/ ?x120 ?x523)))
 (let ((?x203 (+ ?x116 ?x164)))
 (let ((?x213 (* ?x163 ?x203)))
 (or (and (distinct ?x213 ?x253) true)))))))))))))))))))))))))))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x166 (> ?x523 0.0)))
 (=> $x166 (= exp!6 ?x523)))))))))
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
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!7 exp!6))))
(assert
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!6 exp!7))))
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
(let ((?x432 (+ ?x135 ?x137)))
(let ((?x523 (+ 1.0 ?x432)))
(let (($x166 (> ?x523 0.0)))
(=> $x166 (= exp!7 ?x523)))))))))
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
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (< 0.0 ?x337))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x395 (= 0.0 ?x337)))
 (not $x395)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x395 (= 0.0 ?x337)))
 (not $x395)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x395 (= 0.0 ?x337)))
 (not $x395)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (< 0.0 ?x337))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x395 (= 0.0 ?x337)))
 (not $x395)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x395 (= 0.0 ?x337)))
 (not $x395)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let ((?x230 (/ ?x535 ?x337)))
 (let ((?x864 (- ?x230)))
 (let ((?x581 (* 0.0 ?x864)))
 (let ((?x338 (+ ?x864 ?x581)))
 (let ((?x346 (+ 1.0 ?x864)))
 (let ((?x651 (* 0.0 ?x346)))
 (let ((?x378 (+ ?x651 ?x338)))
 (let ((?x572 (/ ?x289 exp!9)))
 (let ((?x505 (* ?x572 ?x378)))
 (let ((?x433 (* |f[0]| ?x505)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x381 (/ ?x120 ?x337)))
 (let ((?x375 (* ?x535 ?x381)))
 (let ((?x607 (+ ?x116 ?x375)))
 (let ((?x865 (* ?x572 ?x607)))
 (or (and (distinct ?x865 ?x433) true)))))))))))))))))))))))))))))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x166 (> ?x523 0.0)))
 (=> $x166 (= exp!6 ?x523))))))))))
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
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!7 exp!6))))
(assert
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!6 exp!7))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x166 (> ?x523 0.0)))
 (=> $x166 (= exp!7 ?x523))))))))))
(assert
 (let (($x587 (< log!243 |logits[2]|)))
 (= $x587 (< exp!8 exp!1))))
(assert
 (let (($x539 (< |logits[2]| log!243)))
 (= $x539 (< exp!1 exp!8))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!8 exp!2))))
(assert
 (let (($x506 (< |logits[0]| log!243)))
 (= $x506 (< exp!2 exp!8))))
(assert
 (let (($x627 (< log!243 |logits[1]|)))
 (= $x627 (< exp!8 exp!3))))
(assert
 (let (($x497 (< |logits[1]| log!243)))
 (= $x497 (< exp!3 exp!8))))
(assert
 (let (($x469 (< log!243 log!111)))
 (= $x469 (< exp!8 exp!5))))
(assert
 (let (($x444 (< log!111 log!243)))
 (= $x444 (< exp!5 exp!8))))
(assert
 (let (($x402 (< log!243 log!176)))
 (= $x402 (< exp!8 exp!7))))
(assert
 (let (($x349 (< log!176 log!243)))
 (= $x349 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x240 (> log!243 0.0)))
 (= $x240 (> exp!8 1.0))))
(assert
 (let ((?x202 (+ 1.0 log!243)))
 (>= exp!8 ?x202)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x160 (> ?x337 0.0)))
 (=> $x160 (= exp!8 ?x337))))))))))
(assert
 (let (($x587 (< log!243 |logits[2]|)))
 (= $x587 (< exp!9 exp!1))))
(assert
 (let (($x539 (< |logits[2]| log!243)))
 (= $x539 (< exp!1 exp!9))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!9 exp!2))))
(assert
 (let (($x506 (< |logits[0]| log!243)))
 (= $x506 (< exp!2 exp!9))))
(assert
 (let (($x627 (< log!243 |logits[1]|)))
 (= $x627 (< exp!9 exp!3))))
(assert
 (let (($x497 (< |logits[1]| log!243)))
 (= $x497 (< exp!3 exp!9))))
(assert
 (let (($x469 (< log!243 log!111)))
 (= $x469 (< exp!9 exp!5))))
(assert
 (let (($x444 (< log!111 log!243)))
 (= $x444 (< exp!5 exp!9))))
(assert
 (let (($x402 (< log!243 log!176)))
 (= $x402 (< exp!9 exp!7))))
(assert
 (let (($x349 (< log!176 log!243)))
 (= $x349 (< exp!7 exp!9))))
(assert
 (let (($x276 (< log!243 log!243)))
 (= $x276 (< exp!9 exp!8))))
(assert
 (let (($x276 (< log!243 log!243)))
 (= $x276 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x240 (> log!243 0.0)))
 (= $x240 (> exp!9 1.0))))
(assert
 (let ((?x202 (+ 1.0 log!243)))
 (>= exp!9 ?x202)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x289 (/ ?x134 exp!3)))
(let ((?x565 (+ 1.0 ?x289)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x535 (/ ?x24 exp!3)))
(let ((?x337 (+ ?x535 ?x565)))
(let (($x160 (> ?x337 0.0)))
(=> $x160 (= exp!9 ?x337))))))))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (< 0.0 ?x523))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (< 0.0 ?x523))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x520 (= 0.0 ?x523)))
 (not $x520)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let ((?x217 (/ 1.0 ?x523)))
 (let ((?x219 (- ?x217)))
 (let ((?x373 (* 0.0 ?x219)))
 (let ((?x156 (+ ?x219 ?x373)))
 (let ((?x365 (+ 1.0 ?x219)))
 (let ((?x371 (* 0.0 ?x365)))
 (let ((?x157 (+ ?x371 ?x156)))
 (let ((?x163 (/ ?x135 exp!7)))
 (let ((?x259 (* ?x163 ?x157)))
 (let ((?x253 (* |f[0]| ?x259)))
 (let ((?x114 (* |f[0]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x164 (/ ?x120 ?x523)))
 (let ((?x203 (+ ?x116 ?x164)))
 (let ((?x213 (* ?x163 ?x203)))
 (or (and (distinct ?x213 ?x253) true))))))))))))))))))))))))))))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x166 (> ?x523 0.0)))
 (=> $x166 (= exp!6 ?x523))))))))))
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
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!7 exp!6))))
(assert
 (let (($x270 (< log!176 log!176)))
 (= $x270 (< exp!6 exp!7))))
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
 (let ((?x432 (+ ?x135 ?x137)))
 (let ((?x523 (+ 1.0 ?x432)))
 (let (($x166 (> ?x523 0.0)))
 (=> $x166 (= exp!7 ?x523))))))))))
(assert
 (let (($x587 (< log!243 |logits[2]|)))
 (= $x587 (< exp!8 exp!1))))
(assert
 (let (($x539 (< |logits[2]| log!243)))
 (= $x539 (< exp!1 exp!8))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!8 exp!2))))
(assert
 (let (($x506 (< |logits[0]| log!243)))
 (= $x506 (< exp!2 exp!8))))
(assert
 (let (($x627 (< log!243 |logits[1]|)))
 (= $x627 (< exp!8 exp!3))))
(assert
 (let (($x497 (< |logits[1]| log!243)))
 (= $x497 (< exp!3 exp!8))))
(assert
 (let (($x469 (< log!243 log!111)))
 (= $x469 (< exp!8 exp!5))))
(assert
 (let (($x444 (< log!111 log!243)))
 (= $x444 (< exp!5 exp!8))))
(assert
 (let (($x402 (< log!243 log!176)))
 (= $x402 (< exp!8 exp!7))))
(assert
 (let (($x349 (< log!176 log!243)))
 (= $x349 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x240 (> log!243 0.0)))
 (= $x240 (> exp!8 1.0))))
(assert
 (let ((?x202 (+ 1.0 log!243)))
 (>= exp!8 ?x202)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x289 (/ ?x134 exp!3)))
 (let ((?x565 (+ 1.0 ?x289)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x535 (/ ?x24 exp!3)))
 (let ((?x337 (+ ?x535 ?x565)))
 (let (($x160 (> ?x337 0.0)))
 (=> $x160 (= exp!8 ?x337))))))))))
(assert
 (let (($x587 (< log!243 |logits[2]|)))
 (= $x587 (< exp!9 exp!1))))
(assert
 (let (($x539 (< |logits[2]| log!243)))
 (= $x539 (< exp!1 exp!9))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!9 exp!2))))
(assert
 (let (($x506 (< |logits[0]| log!243)))
 (= $x506 (< exp!2 exp!9))))
(assert
 (let (($x627 (< log!243 |logits[1]|)))
 (= $x627 (< exp!9 exp!3))))
(assert
 (let (($x497 (< |logits[1]| log!243)))
 (= $x497 (< exp!3 exp!9))))
(assert
 (let (($x469 (< log!243 log!111)))
 (= $x469 (< exp!9 exp!5))))
(assert
 (let (($x444 (< log!111 log!243)))
 (= $x444 (< exp!5 exp!9))))
(assert
 (let (($x402 (< log!243 log!176)))
 (= $x402 (< exp!9 exp!7))))
(assert
 (let (($x349 (< log!176 log!243)))
 (= $x349 (< exp!7 exp!9))))
(assert
 (let (($x276 (< log!243 log!243)))
 (= $x276 (< exp!9 exp!8))))
(assert
 (let (($x276 (< log!243 log!243)))
 (= $x276 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x240 (> log!243 0.0)))
 (= $x240 (> exp!9 1.0))))
(assert
 (let ((?x202 (+ 1.0 log!243)))
 (>= exp!9 ?x202)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x289 (/ ?x134 exp!3)))
(let ((?x565 (+ 1.0 ?x289)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x535 (/ ?x24 exp!3)))
(let ((?x337 (+ ?x535 ?x565)))
(let (($x160 (> ?x337 0.0)))
(=> $x160 (= exp!9 ?x337))))))))))
(check-sat)
(pop 1)
