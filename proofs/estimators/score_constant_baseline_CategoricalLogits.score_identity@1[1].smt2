; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x128 (/ ?x52 ?x54)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (+ 1.0 ?x129)))
 (let ((?x130 (* 0.0 ?x129)))
 (let ((?x132 (+ ?x130 ?x131)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x134 (* ?x111 ?x133)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x135 (* ?x127 ?x134)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (* ?x52 ?x123)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let ((?x158 (/ ?x139 ?x547)))
 (let ((?x159 (- ?x158)))
 (let ((?x282 (+ 1.0 ?x159)))
 (let ((?x288 (* 0.0 ?x159)))
 (let ((?x292 (+ ?x288 ?x282)))
 (let ((?x294 (+ ?x288 ?x292)))
 (let ((?x319 (/ ?x139 exp!7)))
 (let ((?x251 (* ?x319 ?x294)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x252 (* ?x127 ?x251)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x312 (/ ?x122 ?x547)))
 (let ((?x313 (* ?x139 ?x312)))
 (let ((?x323 (+ ?x117 ?x313)))
 (let ((?x325 (* ?x319 ?x323)))
 (or (and (distinct ?x325 ?x252) true)))))))))))))))))))))))))))))))
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
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!6 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x277 (> ?x547 0.0)))
 (=> $x277 (= exp!6 ?x547)))))))))
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
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!7 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x469 (+ ?x137 ?x139)))
(let ((?x547 (+ 1.0 ?x469)))
(let (($x277 (> ?x547 0.0)))
(=> $x277 (= exp!7 ?x547)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (< 0.0 ?x466))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x658 (= 0.0 ?x466)))
 (not $x658)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x658 (= 0.0 ?x466)))
 (not $x658)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x658 (= 0.0 ?x466)))
 (not $x658)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (< 0.0 ?x466))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x658 (= 0.0 ?x466)))
 (not $x658)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x658 (= 0.0 ?x466)))
 (not $x658)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let ((?x893 (/ 1.0 ?x466)))
 (let ((?x189 (- ?x893)))
 (let ((?x582 (+ 1.0 ?x189)))
 (let ((?x715 (* 0.0 ?x189)))
 (let ((?x650 (+ ?x715 ?x582)))
 (let ((?x191 (+ ?x715 ?x650)))
 (let ((?x331 (/ 1.0 exp!9)))
 (let ((?x470 (* ?x331 ?x191)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x290 (* ?x127 ?x470)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x459 (/ ?x122 ?x466)))
 (let ((?x437 (+ ?x117 ?x459)))
 (let ((?x647 (* ?x331 ?x437)))
 (or (and (distinct ?x647 ?x290) true)))))))))))))))))))))))))))))))
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
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!6 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x277 (> ?x547 0.0)))
 (=> $x277 (= exp!6 ?x547))))))))))
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
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!7 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x277 (> ?x547 0.0)))
 (=> $x277 (= exp!7 ?x547))))))))))
(assert
 (let (($x298 (< log!246 |logits[2]|)))
 (= $x298 (< exp!8 exp!1))))
(assert
 (let (($x570 (< |logits[2]| log!246)))
 (= $x570 (< exp!1 exp!8))))
(assert
 (let (($x426 (< log!246 |logits[0]|)))
 (= $x426 (< exp!8 exp!2))))
(assert
 (let (($x613 (< |logits[0]| log!246)))
 (= $x613 (< exp!2 exp!8))))
(assert
 (let (($x398 (< log!246 |logits[1]|)))
 (= $x398 (< exp!8 exp!3))))
(assert
 (let (($x642 (< |logits[1]| log!246)))
 (= $x642 (< exp!3 exp!8))))
(assert
 (let (($x475 (< log!246 log!114)))
 (= $x475 (< exp!8 exp!5))))
(assert
 (let (($x401 (< log!114 log!246)))
 (= $x401 (< exp!5 exp!8))))
(assert
 (let (($x355 (< log!246 log!179)))
 (= $x355 (< exp!8 exp!7))))
(assert
 (let (($x337 (< log!179 log!246)))
 (= $x337 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x280 (> log!246 0.0)))
 (= $x280 (> exp!8 1.0))))
(assert
 (let ((?x224 (+ 1.0 log!246)))
 (>= exp!8 ?x224)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x178 (> ?x466 0.0)))
 (=> $x178 (= exp!8 ?x466))))))))))
(assert
 (let (($x298 (< log!246 |logits[2]|)))
 (= $x298 (< exp!9 exp!1))))
(assert
 (let (($x570 (< |logits[2]| log!246)))
 (= $x570 (< exp!1 exp!9))))
(assert
 (let (($x426 (< log!246 |logits[0]|)))
 (= $x426 (< exp!9 exp!2))))
(assert
 (let (($x613 (< |logits[0]| log!246)))
 (= $x613 (< exp!2 exp!9))))
(assert
 (let (($x398 (< log!246 |logits[1]|)))
 (= $x398 (< exp!9 exp!3))))
(assert
 (let (($x642 (< |logits[1]| log!246)))
 (= $x642 (< exp!3 exp!9))))
(assert
 (let (($x475 (< log!246 log!114)))
 (= $x475 (< exp!9 exp!5))))
(assert
 (let (($x401 (< log!114 log!246)))
 (= $x401 (< exp!5 exp!9))))
(assert
 (let (($x355 (< log!246 log!179)))
 (= $x355 (< exp!9 exp!7))))
(assert
 (let (($x337 (< log!179 log!246)))
 (= $x337 (< exp!7 exp!9))))
(assert
 (let (($x636 (< log!246 log!246)))
 (= $x636 (< exp!9 exp!8))))
(assert
 (let (($x636 (< log!246 log!246)))
 (= $x636 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x280 (> log!246 0.0)))
 (= $x280 (> exp!9 1.0))))
(assert
 (let ((?x224 (+ 1.0 log!246)))
 (>= exp!9 ?x224)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x217 (/ ?x136 exp!3)))
(let ((?x314 (+ 1.0 ?x217)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x668 (/ ?x24 exp!3)))
(let ((?x466 (+ ?x668 ?x314)))
(let (($x178 (> ?x466 0.0)))
(=> $x178 (= exp!9 ?x466))))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let ((?x158 (/ ?x139 ?x547)))
 (let ((?x159 (- ?x158)))
 (let ((?x282 (+ 1.0 ?x159)))
 (let ((?x288 (* 0.0 ?x159)))
 (let ((?x292 (+ ?x288 ?x282)))
 (let ((?x294 (+ ?x288 ?x292)))
 (let ((?x319 (/ ?x139 exp!7)))
 (let ((?x251 (* ?x319 ?x294)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x252 (* ?x127 ?x251)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x312 (/ ?x122 ?x547)))
 (let ((?x313 (* ?x139 ?x312)))
 (let ((?x323 (+ ?x117 ?x313)))
 (let ((?x325 (* ?x319 ?x323)))
 (or (and (distinct ?x325 ?x252) true))))))))))))))))))))))))))))))))
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
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!6 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x277 (> ?x547 0.0)))
 (=> $x277 (= exp!6 ?x547))))))))))
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
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!179 log!179)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x266 (+ 1.0 log!179)))
 (>= exp!7 ?x266)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x277 (> ?x547 0.0)))
 (=> $x277 (= exp!7 ?x547))))))))))
(assert
 (let (($x298 (< log!246 |logits[2]|)))
 (= $x298 (< exp!8 exp!1))))
(assert
 (let (($x570 (< |logits[2]| log!246)))
 (= $x570 (< exp!1 exp!8))))
(assert
 (let (($x426 (< log!246 |logits[0]|)))
 (= $x426 (< exp!8 exp!2))))
(assert
 (let (($x613 (< |logits[0]| log!246)))
 (= $x613 (< exp!2 exp!8))))
(assert
 (let (($x398 (< log!246 |logits[1]|)))
 (= $x398 (< exp!8 exp!3))))
(assert
 (let (($x642 (< |logits[1]| log!246)))
 (= $x642 (< exp!3 exp!8))))
(assert
 (let (($x475 (< log!246 log!114)))
 (= $x475 (< exp!8 exp!5))))
(assert
 (let (($x401 (< log!114 log!246)))
 (= $x401 (< exp!5 exp!8))))
(assert
 (let (($x355 (< log!246 log!179)))
 (= $x355 (< exp!8 exp!7))))
(assert
 (let (($x337 (< log!179 log!246)))
 (= $x337 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x280 (> log!246 0.0)))
 (= $x280 (> exp!8 1.0))))
(assert
 (let ((?x224 (+ 1.0 log!246)))
 (>= exp!8 ?x224)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x217 (/ ?x136 exp!3)))
 (let ((?x314 (+ 1.0 ?x217)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x668 (/ ?x24 exp!3)))
 (let ((?x466 (+ ?x668 ?x314)))
 (let (($x178 (> ?x466 0.0)))
 (=> $x178 (= exp!8 ?x466))))))))))
(assert
 (let (($x298 (< log!246 |logits[2]|)))
 (= $x298 (< exp!9 exp!1))))
(assert
 (let (($x570 (< |logits[2]| log!246)))
 (= $x570 (< exp!1 exp!9))))
(assert
 (let (($x426 (< log!246 |logits[0]|)))
 (= $x426 (< exp!9 exp!2))))
(assert
 (let (($x613 (< |logits[0]| log!246)))
 (= $x613 (< exp!2 exp!9))))
(assert
 (let (($x398 (< log!246 |logits[1]|)))
 (= $x398 (< exp!9 exp!3))))
(assert
 (let (($x642 (< |logits[1]| log!246)))
 (= $x642 (< exp!3 exp!9))))
(assert
 (let (($x475 (< log!246 log!114)))
 (= $x475 (< exp!9 exp!5))))
(assert
 (let (($x401 (< log!114 log!246)))
 (= $x401 (< exp!5 exp!9))))
(assert
 (let (($x355 (< log!246 log!179)))
 (= $x355 (< exp!9 exp!7))))
(assert
 (let (($x337 (< log!179 log!246)))
 (= $x337 (< exp!7 exp!9))))
(assert
 (let (($x636 (< log!246 log!246)))
 (= $x636 (< exp!9 exp!8))))
(assert
 (let (($x636 (< log!246 log!246)))
 (= $x636 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x280 (> log!246 0.0)))
 (= $x280 (> exp!9 1.0))))
(assert
 (let ((?x224 (+ 1.0 log!246)))
 (>= exp!9 ?x224)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x217 (/ ?x136 exp!3)))
(let ((?x314 (+ 1.0 ?x217)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x668 (/ ?x24 exp!3)))
(let ((?x466 (+ ?x668 ?x314)))
(let (($x178 (> ?x466 0.0)))
(=> $x178 (= exp!9 ?x466))))))))))
(check-sat)
(pop 1)
