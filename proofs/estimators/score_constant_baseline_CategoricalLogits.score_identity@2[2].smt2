; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
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
 (let ((?x128 (/ ?x33 ?x54)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (* 0.0 ?x129)))
 (let ((?x132 (+ ?x131 ?x131)))
 (let ((?x130 (+ 1.0 ?x129)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x134 (* ?x111 ?x133)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x135 (* ?x127 ?x134)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (* ?x33 ?x123)))
 (let ((?x125 (+ ?x117 ?x124)))
 (let ((?x126 (* ?x111 ?x125)))
 (or (and (distinct ?x126 ?x135) true))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let ((?x319 (/ 1.0 ?x547)))
 (let ((?x312 (- ?x319)))
 (let ((?x323 (* 0.0 ?x312)))
 (let ((?x325 (+ ?x323 ?x323)))
 (let ((?x313 (+ 1.0 ?x312)))
 (let ((?x158 (+ ?x313 ?x325)))
 (let ((?x427 (/ 1.0 exp!7)))
 (let ((?x159 (* ?x427 ?x158)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x288 (* ?x127 ?x159)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x428 (/ ?x122 ?x547)))
 (let ((?x306 (+ ?x117 ?x428)))
 (let ((?x307 (* ?x427 ?x306)))
 (or (and (distinct ?x307 ?x288) true))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x368 (> ?x547 0.0)))
 (=> $x368 (= exp!6 ?x547)))))))))
(assert
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!7 exp!6))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x439 (+ ?x137 ?x139)))
(let ((?x547 (+ 1.0 ?x439)))
(let (($x368 (> ?x547 0.0)))
(=> $x368 (= exp!7 ?x547)))))))))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x603 (= 0.0 ?x362)))
 (not $x603)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x603 (= 0.0 ?x362)))
 (not $x603)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x603 (= 0.0 ?x362)))
 (not $x603)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x603 (= 0.0 ?x362)))
 (not $x603)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x603 (= 0.0 ?x362)))
 (not $x603)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let ((?x668 (/ ?x594 ?x362)))
 (let ((?x720 (- ?x668)))
 (let ((?x655 (* 0.0 ?x720)))
 (let ((?x177 (+ ?x655 ?x655)))
 (let ((?x340 (+ 1.0 ?x720)))
 (let ((?x339 (+ ?x340 ?x177)))
 (let ((?x349 (/ ?x594 exp!9)))
 (let ((?x575 (* ?x349 ?x339)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x440 (* ?x127 ?x575)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x665 (/ ?x122 ?x362)))
 (let ((?x336 (* ?x594 ?x665)))
 (let ((?x496 (+ ?x117 ?x336)))
 (let ((?x891 (* ?x349 ?x496)))
 (or (and (distinct ?x891 ?x440) true))))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x368 (> ?x547 0.0)))
 (=> $x368 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!7 exp!6))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x368 (> ?x547 0.0)))
 (=> $x368 (= exp!7 ?x547))))))))))
(assert
 (let (($x488 (< log!246 |logits[2]|)))
 (= $x488 (< exp!8 exp!1))))
(assert
 (let (($x587 (< |logits[2]| log!246)))
 (= $x587 (< exp!1 exp!8))))
(assert
 (let (($x235 (< log!246 |logits[0]|)))
 (= $x235 (< exp!8 exp!2))))
(assert
 (let (($x359 (< |logits[0]| log!246)))
 (= $x359 (< exp!2 exp!8))))
(assert
 (let (($x656 (< log!246 |logits[1]|)))
 (= $x656 (< exp!8 exp!3))))
(assert
 (let (($x517 (< |logits[1]| log!246)))
 (= $x517 (< exp!3 exp!8))))
(assert
 (let (($x617 (< log!246 log!114)))
 (= $x617 (< exp!8 exp!5))))
(assert
 (let (($x559 (< log!114 log!246)))
 (= $x559 (< exp!5 exp!8))))
(assert
 (let (($x511 (< log!246 log!179)))
 (= $x511 (< exp!8 exp!7))))
(assert
 (let (($x475 (< log!179 log!246)))
 (= $x475 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x448 (> log!246 0.0)))
 (= $x448 (> exp!8 1.0))))
(assert
 (let ((?x270 (+ 1.0 log!246)))
 (>= exp!8 ?x270)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x204 (> ?x362 0.0)))
 (=> $x204 (= exp!8 ?x362))))))))))
(assert
 (let (($x488 (< log!246 |logits[2]|)))
 (= $x488 (< exp!9 exp!1))))
(assert
 (let (($x587 (< |logits[2]| log!246)))
 (= $x587 (< exp!1 exp!9))))
(assert
 (let (($x235 (< log!246 |logits[0]|)))
 (= $x235 (< exp!9 exp!2))))
(assert
 (let (($x359 (< |logits[0]| log!246)))
 (= $x359 (< exp!2 exp!9))))
(assert
 (let (($x656 (< log!246 |logits[1]|)))
 (= $x656 (< exp!9 exp!3))))
(assert
 (let (($x517 (< |logits[1]| log!246)))
 (= $x517 (< exp!3 exp!9))))
(assert
 (let (($x617 (< log!246 log!114)))
 (= $x617 (< exp!9 exp!5))))
(assert
 (let (($x559 (< log!114 log!246)))
 (= $x559 (< exp!5 exp!9))))
(assert
 (let (($x511 (< log!246 log!179)))
 (= $x511 (< exp!9 exp!7))))
(assert
 (let (($x475 (< log!179 log!246)))
 (= $x475 (< exp!7 exp!9))))
(assert
 (let (($x224 (< log!246 log!246)))
 (= $x224 (< exp!9 exp!8))))
(assert
 (let (($x224 (< log!246 log!246)))
 (= $x224 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x448 (> log!246 0.0)))
 (= $x448 (> exp!9 1.0))))
(assert
 (let ((?x270 (+ 1.0 log!246)))
 (>= exp!9 ?x270)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x513 (/ ?x136 exp!3)))
(let ((?x281 (+ 1.0 ?x513)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x594 (/ ?x24 exp!3)))
(let ((?x362 (+ ?x594 ?x281)))
(let (($x204 (> ?x362 0.0)))
(=> $x204 (= exp!9 ?x362))))))))))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!246 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let ((?x319 (/ 1.0 ?x547)))
 (let ((?x312 (- ?x319)))
 (let ((?x323 (* 0.0 ?x312)))
 (let ((?x325 (+ ?x323 ?x323)))
 (let ((?x313 (+ 1.0 ?x312)))
 (let ((?x158 (+ ?x313 ?x325)))
 (let ((?x427 (/ 1.0 exp!7)))
 (let ((?x159 (* ?x427 ?x158)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x288 (* ?x127 ?x159)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x428 (/ ?x122 ?x547)))
 (let ((?x306 (+ ?x117 ?x428)))
 (let ((?x307 (* ?x427 ?x306)))
 (or (and (distinct ?x307 ?x288) true)))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
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
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x368 (> ?x547 0.0)))
 (=> $x368 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!179 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!179 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!179)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!179 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!179)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!179 log!114)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!114 log!179)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!7 exp!6))))
(assert
 (let (($x416 (< log!179 log!179)))
 (= $x416 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!179 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!179)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x368 (> ?x547 0.0)))
 (=> $x368 (= exp!7 ?x547))))))))))
(assert
 (let (($x488 (< log!246 |logits[2]|)))
 (= $x488 (< exp!8 exp!1))))
(assert
 (let (($x587 (< |logits[2]| log!246)))
 (= $x587 (< exp!1 exp!8))))
(assert
 (let (($x235 (< log!246 |logits[0]|)))
 (= $x235 (< exp!8 exp!2))))
(assert
 (let (($x359 (< |logits[0]| log!246)))
 (= $x359 (< exp!2 exp!8))))
(assert
 (let (($x656 (< log!246 |logits[1]|)))
 (= $x656 (< exp!8 exp!3))))
(assert
 (let (($x517 (< |logits[1]| log!246)))
 (= $x517 (< exp!3 exp!8))))
(assert
 (let (($x617 (< log!246 log!114)))
 (= $x617 (< exp!8 exp!5))))
(assert
 (let (($x559 (< log!114 log!246)))
 (= $x559 (< exp!5 exp!8))))
(assert
 (let (($x511 (< log!246 log!179)))
 (= $x511 (< exp!8 exp!7))))
(assert
 (let (($x475 (< log!179 log!246)))
 (= $x475 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x448 (> log!246 0.0)))
 (= $x448 (> exp!8 1.0))))
(assert
 (let ((?x270 (+ 1.0 log!246)))
 (>= exp!8 ?x270)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x136 exp!3)))
 (let ((?x281 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x594 (/ ?x24 exp!3)))
 (let ((?x362 (+ ?x594 ?x281)))
 (let (($x204 (> ?x362 0.0)))
 (=> $x204 (= exp!8 ?x362))))))))))
(assert
 (let (($x488 (< log!246 |logits[2]|)))
 (= $x488 (< exp!9 exp!1))))
(assert
 (let (($x587 (< |logits[2]| log!246)))
 (= $x587 (< exp!1 exp!9))))
(assert
 (let (($x235 (< log!246 |logits[0]|)))
 (= $x235 (< exp!9 exp!2))))
(assert
 (let (($x359 (< |logits[0]| log!246)))
 (= $x359 (< exp!2 exp!9))))
(assert
 (let (($x656 (< log!246 |logits[1]|)))
 (= $x656 (< exp!9 exp!3))))
(assert
 (let (($x517 (< |logits[1]| log!246)))
 (= $x517 (< exp!3 exp!9))))
(assert
 (let (($x617 (< log!246 log!114)))
 (= $x617 (< exp!9 exp!5))))
(assert
 (let (($x559 (< log!114 log!246)))
 (= $x559 (< exp!5 exp!9))))
(assert
 (let (($x511 (< log!246 log!179)))
 (= $x511 (< exp!9 exp!7))))
(assert
 (let (($x475 (< log!179 log!246)))
 (= $x475 (< exp!7 exp!9))))
(assert
 (let (($x224 (< log!246 log!246)))
 (= $x224 (< exp!9 exp!8))))
(assert
 (let (($x224 (< log!246 log!246)))
 (= $x224 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x448 (> log!246 0.0)))
 (= $x448 (> exp!9 1.0))))
(assert
 (let ((?x270 (+ 1.0 log!246)))
 (>= exp!9 ?x270)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x513 (/ ?x136 exp!3)))
(let ((?x281 (+ 1.0 ?x513)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x594 (/ ?x24 exp!3)))
(let ((?x362 (+ ?x594 ?x281)))
(let (($x204 (> ?x362 0.0)))
(=> $x204 (= exp!9 ?x362))))))))))
(check-sat)
(pop 1)
