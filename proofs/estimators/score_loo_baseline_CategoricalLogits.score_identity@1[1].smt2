; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun log!116 () Real)
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
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
 (let ((?x428 (/ ?x139 ?x547)))
 (let ((?x182 (- ?x428)))
 (let ((?x159 (+ 1.0 ?x182)))
 (let ((?x158 (* 0.0 ?x182)))
 (let ((?x288 (+ ?x158 ?x159)))
 (let ((?x282 (+ ?x158 ?x288)))
 (let ((?x232 (/ ?x139 exp!7)))
 (let ((?x292 (* ?x232 ?x282)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x294 (* ?x127 ?x292)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x242 (/ ?x122 ?x547)))
 (let ((?x246 (* ?x139 ?x242)))
 (let ((?x248 (+ ?x117 ?x246)))
 (let ((?x427 (* ?x232 ?x248)))
 (or (and (distinct ?x427 ?x294) true)))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!6 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x275 (> ?x547 0.0)))
 (=> $x275 (= exp!6 ?x547)))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!7 exp!6))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!7 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x469 (+ ?x137 ?x139)))
(let ((?x547 (+ 1.0 ?x469)))
(let (($x275 (> ?x547 0.0)))
(=> $x275 (= exp!7 ?x547)))))))))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!248 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (< 0.0 ?x537))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x573 (= 0.0 ?x537)))
 (not $x573)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x573 (= 0.0 ?x537)))
 (not $x573)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x573 (= 0.0 ?x537)))
 (not $x573)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (< 0.0 ?x537))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x573 (= 0.0 ?x537)))
 (not $x573)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x573 (= 0.0 ?x537)))
 (not $x573)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let ((?x893 (/ 1.0 ?x537)))
 (let ((?x204 (- ?x893)))
 (let ((?x637 (+ 1.0 ?x204)))
 (let ((?x717 (* 0.0 ?x204)))
 (let ((?x535 (+ ?x717 ?x637)))
 (let ((?x524 (+ ?x717 ?x535)))
 (let ((?x332 (/ 1.0 exp!9)))
 (let ((?x634 (* ?x332 ?x524)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x534 (* ?x127 ?x634)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x394 (/ ?x122 ?x537)))
 (let ((?x364 (+ ?x117 ?x394)))
 (let ((?x383 (* ?x332 ?x364)))
 (or (and (distinct ?x383 ?x534) true)))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!6 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x275 (> ?x547 0.0)))
 (=> $x275 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!7 exp!6))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!7 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x275 (> ?x547 0.0)))
 (=> $x275 (= exp!7 ?x547))))))))))
(assert
 (let (($x154 (< log!248 |logits[2]|)))
 (= $x154 (< exp!8 exp!1))))
(assert
 (let (($x270 (< |logits[2]| log!248)))
 (= $x270 (< exp!1 exp!8))))
(assert
 (let (($x215 (< log!248 |logits[0]|)))
 (= $x215 (< exp!8 exp!2))))
(assert
 (let (($x561 (< |logits[0]| log!248)))
 (= $x561 (< exp!2 exp!8))))
(assert
 (let (($x681 (< log!248 |logits[1]|)))
 (= $x681 (< exp!8 exp!3))))
(assert
 (let (($x657 (< |logits[1]| log!248)))
 (= $x657 (< exp!3 exp!8))))
(assert
 (let (($x632 (< log!248 log!116)))
 (= $x632 (< exp!8 exp!5))))
(assert
 (let (($x577 (< log!116 log!248)))
 (= $x577 (< exp!5 exp!8))))
(assert
 (let (($x491 (< log!248 log!181)))
 (= $x491 (< exp!8 exp!7))))
(assert
 (let (($x457 (< log!181 log!248)))
 (= $x457 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x331 (> log!248 0.0)))
 (= $x331 (> exp!8 1.0))))
(assert
 (let ((?x291 (+ 1.0 log!248)))
 (>= exp!8 ?x291)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x243 (> ?x537 0.0)))
 (=> $x243 (= exp!8 ?x537))))))))))
(assert
 (let (($x154 (< log!248 |logits[2]|)))
 (= $x154 (< exp!9 exp!1))))
(assert
 (let (($x270 (< |logits[2]| log!248)))
 (= $x270 (< exp!1 exp!9))))
(assert
 (let (($x215 (< log!248 |logits[0]|)))
 (= $x215 (< exp!9 exp!2))))
(assert
 (let (($x561 (< |logits[0]| log!248)))
 (= $x561 (< exp!2 exp!9))))
(assert
 (let (($x681 (< log!248 |logits[1]|)))
 (= $x681 (< exp!9 exp!3))))
(assert
 (let (($x657 (< |logits[1]| log!248)))
 (= $x657 (< exp!3 exp!9))))
(assert
 (let (($x632 (< log!248 log!116)))
 (= $x632 (< exp!9 exp!5))))
(assert
 (let (($x577 (< log!116 log!248)))
 (= $x577 (< exp!5 exp!9))))
(assert
 (let (($x491 (< log!248 log!181)))
 (= $x491 (< exp!9 exp!7))))
(assert
 (let (($x457 (< log!181 log!248)))
 (= $x457 (< exp!7 exp!9))))
(assert
 (let (($x434 (< log!248 log!248)))
 (= $x434 (< exp!9 exp!8))))
(assert
 (let (($x434 (< log!248 log!248)))
 (= $x434 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x331 (> log!248 0.0)))
 (= $x331 (> exp!9 1.0))))
(assert
 (let ((?x291 (+ 1.0 log!248)))
 (>= exp!9 ?x291)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x335 (/ ?x136 exp!3)))
(let ((?x448 (+ 1.0 ?x335)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x650 (/ ?x24 exp!3)))
(let ((?x537 (+ ?x650 ?x448)))
(let (($x243 (> ?x537 0.0)))
(=> $x243 (= exp!9 ?x537))))))))))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!248 () Real)
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
 (let ((?x428 (/ ?x139 ?x547)))
 (let ((?x182 (- ?x428)))
 (let ((?x159 (+ 1.0 ?x182)))
 (let ((?x158 (* 0.0 ?x182)))
 (let ((?x288 (+ ?x158 ?x159)))
 (let ((?x282 (+ ?x158 ?x288)))
 (let ((?x232 (/ ?x139 exp!7)))
 (let ((?x292 (* ?x232 ?x282)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x294 (* ?x127 ?x292)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x242 (/ ?x122 ?x547)))
 (let ((?x246 (* ?x139 ?x242)))
 (let ((?x248 (+ ?x117 ?x246)))
 (let ((?x427 (* ?x232 ?x248)))
 (or (and (distinct ?x427 ?x294) true))))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!6 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x275 (> ?x547 0.0)))
 (=> $x275 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!7 exp!6))))
(assert
 (let (($x319 (< log!181 log!181)))
 (= $x319 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x277 (+ 1.0 log!181)))
 (>= exp!7 ?x277)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x469 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x469)))
 (let (($x275 (> ?x547 0.0)))
 (=> $x275 (= exp!7 ?x547))))))))))
(assert
 (let (($x154 (< log!248 |logits[2]|)))
 (= $x154 (< exp!8 exp!1))))
(assert
 (let (($x270 (< |logits[2]| log!248)))
 (= $x270 (< exp!1 exp!8))))
(assert
 (let (($x215 (< log!248 |logits[0]|)))
 (= $x215 (< exp!8 exp!2))))
(assert
 (let (($x561 (< |logits[0]| log!248)))
 (= $x561 (< exp!2 exp!8))))
(assert
 (let (($x681 (< log!248 |logits[1]|)))
 (= $x681 (< exp!8 exp!3))))
(assert
 (let (($x657 (< |logits[1]| log!248)))
 (= $x657 (< exp!3 exp!8))))
(assert
 (let (($x632 (< log!248 log!116)))
 (= $x632 (< exp!8 exp!5))))
(assert
 (let (($x577 (< log!116 log!248)))
 (= $x577 (< exp!5 exp!8))))
(assert
 (let (($x491 (< log!248 log!181)))
 (= $x491 (< exp!8 exp!7))))
(assert
 (let (($x457 (< log!181 log!248)))
 (= $x457 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x331 (> log!248 0.0)))
 (= $x331 (> exp!8 1.0))))
(assert
 (let ((?x291 (+ 1.0 log!248)))
 (>= exp!8 ?x291)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x136 exp!3)))
 (let ((?x448 (+ 1.0 ?x335)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x650 (/ ?x24 exp!3)))
 (let ((?x537 (+ ?x650 ?x448)))
 (let (($x243 (> ?x537 0.0)))
 (=> $x243 (= exp!8 ?x537))))))))))
(assert
 (let (($x154 (< log!248 |logits[2]|)))
 (= $x154 (< exp!9 exp!1))))
(assert
 (let (($x270 (< |logits[2]| log!248)))
 (= $x270 (< exp!1 exp!9))))
(assert
 (let (($x215 (< log!248 |logits[0]|)))
 (= $x215 (< exp!9 exp!2))))
(assert
 (let (($x561 (< |logits[0]| log!248)))
 (= $x561 (< exp!2 exp!9))))
(assert
 (let (($x681 (< log!248 |logits[1]|)))
 (= $x681 (< exp!9 exp!3))))
(assert
 (let (($x657 (< |logits[1]| log!248)))
 (= $x657 (< exp!3 exp!9))))
(assert
 (let (($x632 (< log!248 log!116)))
 (= $x632 (< exp!9 exp!5))))
(assert
 (let (($x577 (< log!116 log!248)))
 (= $x577 (< exp!5 exp!9))))
(assert
 (let (($x491 (< log!248 log!181)))
 (= $x491 (< exp!9 exp!7))))
(assert
 (let (($x457 (< log!181 log!248)))
 (= $x457 (< exp!7 exp!9))))
(assert
 (let (($x434 (< log!248 log!248)))
 (= $x434 (< exp!9 exp!8))))
(assert
 (let (($x434 (< log!248 log!248)))
 (= $x434 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x331 (> log!248 0.0)))
 (= $x331 (> exp!9 1.0))))
(assert
 (let ((?x291 (+ 1.0 log!248)))
 (>= exp!9 ?x291)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x335 (/ ?x136 exp!3)))
(let ((?x448 (+ 1.0 ?x335)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x650 (/ ?x24 exp!3)))
(let ((?x537 (+ ?x650 ?x448)))
(let (($x243 (> ?x537 0.0)))
(=> $x243 (= exp!9 ?x537))))))))))
(check-sat)
(pop 1)
