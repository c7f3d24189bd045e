; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
 (let ((?x124 (/ 1.0 ?x54)))
 (let ((?x125 (- ?x124)))
 (let ((?x127 (+ 1.0 ?x125)))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x129 (+ ?x125 ?x128)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x130 (+ ?x126 ?x129)))
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
 (let ((?x122 (+ ?x116 ?x121)))
 (let ((?x123 (* ?x111 ?x122)))
 (or (and (distinct ?x123 ?x132) true))))))))))))))))))))))))))))
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
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (< 0.0 ?x137)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (< 0.0 ?x137)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let ((?x368 (/ ?x134 ?x137)))
 (let ((?x370 (- ?x368)))
 (let ((?x156 (+ 1.0 ?x370)))
 (let ((?x256 (* 0.0 ?x156)))
 (let ((?x250 (+ ?x370 ?x256)))
 (let ((?x155 (* 0.0 ?x370)))
 (let ((?x260 (+ ?x155 ?x250)))
 (let ((?x214 (/ ?x136 exp!7)))
 (let ((?x262 (* ?x214 ?x260)))
 (let ((?x164 (* |f[1]| ?x262)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x216 (/ ?x120 ?x137)))
 (let ((?x395 (* ?x134 ?x216)))
 (let ((?x396 (+ ?x116 ?x395)))
 (let ((?x362 (* ?x214 ?x396)))
 (or (and (distinct ?x362 ?x164) true))))))))))))))))))))))))))))))
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
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!6 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!6 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!6))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!6 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!6 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!6 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x134 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x234 (> ?x137 0.0)))
 (=> $x234 (= exp!6 ?x137)))))))))
(assert
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!7 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!7 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!7))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!7 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!7))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!7 exp!6))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!7 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!7 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x136 (/ ?x51 exp!1)))
(let ((?x134 (/ (* 1.0 exp!2) exp!1)))
(let ((?x521 (+ ?x134 ?x136)))
(let ((?x137 (+ 1.0 ?x521)))
(let (($x234 (> ?x137 0.0)))
(=> $x234 (= exp!7 ?x137)))))))))
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
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (< 0.0 ?x576))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x355 (= 0.0 ?x576)))
 (not $x355)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x355 (= 0.0 ?x576)))
 (not $x355)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x355 (= 0.0 ?x576)))
 (not $x355)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (< 0.0 ?x576))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x355 (= 0.0 ?x576)))
 (not $x355)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x355 (= 0.0 ?x576)))
 (not $x355)))))))))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let ((?x175 (/ ?x169 ?x576)))
 (let ((?x862 (- ?x175)))
 (let ((?x254 (+ 1.0 ?x862)))
 (let ((?x556 (* 0.0 ?x254)))
 (let ((?x581 (+ ?x862 ?x556)))
 (let ((?x402 (* 0.0 ?x862)))
 (let ((?x419 (+ ?x402 ?x581)))
 (let ((?x608 (/ 1.0 exp!9)))
 (let ((?x457 (* ?x608 ?x419)))
 (let ((?x559 (* |f[1]| ?x457)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x158 (/ ?x120 ?x576)))
 (let ((?x233 (* ?x169 ?x158)))
 (let ((?x281 (+ ?x116 ?x233)))
 (let ((?x863 (* ?x608 ?x281)))
 (or (and (distinct ?x863 ?x559) true)))))))))))))))))))))))))))))))
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
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!6 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!6 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!6))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!6 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!6 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!6 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x234 (> ?x137 0.0)))
 (=> $x234 (= exp!6 ?x137))))))))))
(assert
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!7 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!7 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!7))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!7 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!7))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!7 exp!6))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!7 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!7 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x234 (> ?x137 0.0)))
 (=> $x234 (= exp!7 ?x137))))))))))
(assert
 (let (($x600 (< log!243 |logits[2]|)))
 (= $x600 (< exp!8 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!243)))
 (= $x540 (< exp!1 exp!8))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!8 exp!2))))
(assert
 (let (($x494 (< |logits[0]| log!243)))
 (= $x494 (< exp!2 exp!8))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!8 exp!3))))
(assert
 (let (($x597 (< |logits[1]| log!243)))
 (= $x597 (< exp!3 exp!8))))
(assert
 (let (($x485 (< log!243 log!111)))
 (= $x485 (< exp!8 exp!5))))
(assert
 (let (($x413 (< log!111 log!243)))
 (= $x413 (< exp!5 exp!8))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!8 exp!7))))
(assert
 (let (($x290 (< log!176 log!243)))
 (= $x290 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x855 (> log!243 0.0)))
 (= $x855 (> exp!8 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!243)))
 (>= exp!8 ?x183)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x474 (> ?x576 0.0)))
 (=> $x474 (= exp!8 ?x576))))))))))
(assert
 (let (($x600 (< log!243 |logits[2]|)))
 (= $x600 (< exp!9 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!243)))
 (= $x540 (< exp!1 exp!9))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!9 exp!2))))
(assert
 (let (($x494 (< |logits[0]| log!243)))
 (= $x494 (< exp!2 exp!9))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!9 exp!3))))
(assert
 (let (($x597 (< |logits[1]| log!243)))
 (= $x597 (< exp!3 exp!9))))
(assert
 (let (($x485 (< log!243 log!111)))
 (= $x485 (< exp!9 exp!5))))
(assert
 (let (($x413 (< log!111 log!243)))
 (= $x413 (< exp!5 exp!9))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!9 exp!7))))
(assert
 (let (($x290 (< log!176 log!243)))
 (= $x290 (< exp!7 exp!9))))
(assert
 (let (($x444 (< log!243 log!243)))
 (= $x444 (< exp!9 exp!8))))
(assert
 (let (($x444 (< log!243 log!243)))
 (= $x444 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x855 (> log!243 0.0)))
 (= $x855 (> exp!9 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!243)))
 (>= exp!9 ?x183)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x169 (/ ?x133 exp!3)))
(let ((?x425 (+ 1.0 ?x169)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x611 (/ ?x24 exp!3)))
(let ((?x576 (+ ?x611 ?x425)))
(let (($x474 (> ?x576 0.0)))
(=> $x474 (= exp!9 ?x576))))))))))
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
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (< 0.0 ?x137))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (< 0.0 ?x137))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x518 (= 0.0 ?x137)))
 (not $x518)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let ((?x368 (/ ?x134 ?x137)))
 (let ((?x370 (- ?x368)))
 (let ((?x156 (+ 1.0 ?x370)))
 (let ((?x256 (* 0.0 ?x156)))
 (let ((?x250 (+ ?x370 ?x256)))
 (let ((?x155 (* 0.0 ?x370)))
 (let ((?x260 (+ ?x155 ?x250)))
 (let ((?x214 (/ ?x136 exp!7)))
 (let ((?x262 (* ?x214 ?x260)))
 (let ((?x164 (* |f[1]| ?x262)))
 (let ((?x114 (* |f[1]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x118 (- ?x115)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x216 (/ ?x120 ?x137)))
 (let ((?x395 (* ?x134 ?x216)))
 (let ((?x396 (+ ?x116 ?x395)))
 (let ((?x362 (* ?x214 ?x396)))
 (or (and (distinct ?x362 ?x164) true)))))))))))))))))))))))))))))))
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
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!6 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!6))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!6 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!6))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!6 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!6))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!6 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!6 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!6 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x234 (> ?x137 0.0)))
 (=> $x234 (= exp!6 ?x137))))))))))
(assert
 (let (($x454 (< log!176 |logits[2]|)))
 (= $x454 (< exp!7 exp!1))))
(assert
 (let (($x517 (< |logits[2]| log!176)))
 (= $x517 (< exp!1 exp!7))))
(assert
 (let (($x513 (< log!176 |logits[0]|)))
 (= $x513 (< exp!7 exp!2))))
(assert
 (let (($x404 (< |logits[0]| log!176)))
 (= $x404 (< exp!2 exp!7))))
(assert
 (let (($x511 (< log!176 |logits[1]|)))
 (= $x511 (< exp!7 exp!3))))
(assert
 (let (($x509 (< |logits[1]| log!176)))
 (= $x509 (< exp!3 exp!7))))
(assert
 (let (($x520 (< log!176 log!111)))
 (= $x520 (< exp!7 exp!5))))
(assert
 (let (($x496 (< log!111 log!176)))
 (= $x496 (< exp!5 exp!7))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!7 exp!6))))
(assert
 (let (($x385 (< log!176 log!176)))
 (= $x385 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x316 (> log!176 0.0)))
 (= $x316 (> exp!7 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!176)))
 (>= exp!7 ?x325)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x136 (/ ?x51 exp!1)))
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x134 (/ ?x133 exp!1)))
 (let ((?x521 (+ ?x134 ?x136)))
 (let ((?x137 (+ 1.0 ?x521)))
 (let (($x234 (> ?x137 0.0)))
 (=> $x234 (= exp!7 ?x137))))))))))
(assert
 (let (($x600 (< log!243 |logits[2]|)))
 (= $x600 (< exp!8 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!243)))
 (= $x540 (< exp!1 exp!8))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!8 exp!2))))
(assert
 (let (($x494 (< |logits[0]| log!243)))
 (= $x494 (< exp!2 exp!8))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!8 exp!3))))
(assert
 (let (($x597 (< |logits[1]| log!243)))
 (= $x597 (< exp!3 exp!8))))
(assert
 (let (($x485 (< log!243 log!111)))
 (= $x485 (< exp!8 exp!5))))
(assert
 (let (($x413 (< log!111 log!243)))
 (= $x413 (< exp!5 exp!8))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!8 exp!7))))
(assert
 (let (($x290 (< log!176 log!243)))
 (= $x290 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x855 (> log!243 0.0)))
 (= $x855 (> exp!8 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!243)))
 (>= exp!8 ?x183)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
 (let ((?x169 (/ ?x133 exp!3)))
 (let ((?x425 (+ 1.0 ?x169)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x611 (/ ?x24 exp!3)))
 (let ((?x576 (+ ?x611 ?x425)))
 (let (($x474 (> ?x576 0.0)))
 (=> $x474 (= exp!8 ?x576))))))))))
(assert
 (let (($x600 (< log!243 |logits[2]|)))
 (= $x600 (< exp!9 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!243)))
 (= $x540 (< exp!1 exp!9))))
(assert
 (let (($x541 (< log!243 |logits[0]|)))
 (= $x541 (< exp!9 exp!2))))
(assert
 (let (($x494 (< |logits[0]| log!243)))
 (= $x494 (< exp!2 exp!9))))
(assert
 (let (($x629 (< log!243 |logits[1]|)))
 (= $x629 (< exp!9 exp!3))))
(assert
 (let (($x597 (< |logits[1]| log!243)))
 (= $x597 (< exp!3 exp!9))))
(assert
 (let (($x485 (< log!243 log!111)))
 (= $x485 (< exp!9 exp!5))))
(assert
 (let (($x413 (< log!111 log!243)))
 (= $x413 (< exp!5 exp!9))))
(assert
 (let (($x358 (< log!243 log!176)))
 (= $x358 (< exp!9 exp!7))))
(assert
 (let (($x290 (< log!176 log!243)))
 (= $x290 (< exp!7 exp!9))))
(assert
 (let (($x444 (< log!243 log!243)))
 (= $x444 (< exp!9 exp!8))))
(assert
 (let (($x444 (< log!243 log!243)))
 (= $x444 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x855 (> log!243 0.0)))
 (= $x855 (> exp!9 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!243)))
 (>= exp!9 ?x183)))
(assert
 (let ((?x133 (* 1.0 exp!2)))
(let ((?x169 (/ ?x133 exp!3)))
(let ((?x425 (+ 1.0 ?x169)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x611 (/ ?x24 exp!3)))
(let ((?x576 (+ ?x611 ?x425)))
(let (($x474 (> ?x576 0.0)))
(=> $x474 (= exp!9 ?x576))))))))))
(check-sat)
(pop 1)
