; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
 (let ((?x128 (/ ?x52 ?x54)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (+ 1.0 ?x129)))
 (let ((?x132 (* 0.0 ?x131)))
 (let ((?x130 (* 0.0 ?x129)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x134 (+ ?x129 ?x133)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x135 (* ?x111 ?x134)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (* ?x52 ?x123)))
 (let ((?x125 (+ ?x118 ?x124)))
 (let ((?x126 (* ?x111 ?x125)))
 (or (and (distinct ?x126 ?x136) true)))))))))))))))))))))))))))))))
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
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (< 0.0 ?x542)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (< 0.0 ?x542)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let ((?x314 (/ ?x140 ?x542)))
 (let ((?x159 (- ?x314)))
 (let ((?x277 (+ 1.0 ?x159)))
 (let ((?x271 (* 0.0 ?x277)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x281 (+ ?x160 ?x271)))
 (let ((?x283 (+ ?x159 ?x281)))
 (let ((?x296 (/ 1.0 exp!7)))
 (let ((?x240 (* ?x296 ?x283)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x241 (* ?x127 ?x240)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x308 (/ ?x122 ?x542)))
 (let ((?x301 (* ?x140 ?x308)))
 (let ((?x302 (+ ?x118 ?x301)))
 (let ((?x312 (* ?x296 ?x302)))
 (or (and (distinct ?x312 ?x241) true))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!6 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x194 (> ?x542 0.0)))
 (=> $x194 (= exp!6 ?x542)))))))))
(assert
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!7 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x140 (/ ?x51 exp!1)))
(let ((?x138 (/ (* 1.0 exp!2) exp!1)))
(let ((?x458 (+ ?x138 ?x140)))
(let ((?x542 (+ 1.0 ?x458)))
(let (($x194 (> ?x542 0.0)))
(=> $x194 (= exp!7 ?x542)))))))))
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
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x333 (= 0.0 ?x628)))
 (not $x333)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x333 (= 0.0 ?x628)))
 (not $x333)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x333 (= 0.0 ?x628)))
 (not $x333)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x333 (= 0.0 ?x628)))
 (not $x333)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x333 (= 0.0 ?x628)))
 (not $x333)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let ((?x885 (/ 1.0 ?x628)))
 (let ((?x663 (- ?x885)))
 (let ((?x435 (+ 1.0 ?x663)))
 (let ((?x441 (* 0.0 ?x435)))
 (let ((?x693 (* 0.0 ?x663)))
 (let ((?x190 (+ ?x693 ?x441)))
 (let ((?x472 (+ ?x663 ?x190)))
 (let ((?x627 (/ ?x364 exp!9)))
 (let ((?x551 (* ?x627 ?x472)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x654 (* ?x127 ?x551)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x399 (/ ?x122 ?x628)))
 (let ((?x525 (+ ?x118 ?x399)))
 (let ((?x647 (* ?x627 ?x525)))
 (or (and (distinct ?x647 ?x654) true))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!6 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x194 (> ?x542 0.0)))
 (=> $x194 (= exp!6 ?x542))))))))))
(assert
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!7 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x194 (> ?x542 0.0)))
 (=> $x194 (= exp!7 ?x542))))))))))
(assert
 (let (($x368 (< log!246 |logits[2]|)))
 (= $x368 (< exp!8 exp!1))))
(assert
 (let (($x482 (< |logits[2]| log!246)))
 (= $x482 (< exp!1 exp!8))))
(assert
 (let (($x378 (< log!246 |logits[0]|)))
 (= $x378 (< exp!8 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!246)))
 (= $x653 (< exp!2 exp!8))))
(assert
 (let (($x671 (< log!246 |logits[1]|)))
 (= $x671 (< exp!8 exp!3))))
(assert
 (let (($x611 (< |logits[1]| log!246)))
 (= $x611 (< exp!3 exp!8))))
(assert
 (let (($x580 (< log!246 log!114)))
 (= $x580 (< exp!8 exp!5))))
(assert
 (let (($x503 (< log!114 log!246)))
 (= $x503 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!246 log!179)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x411 (< log!179 log!246)))
 (= $x411 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x285 (> log!246 0.0)))
 (= $x285 (> exp!8 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!246)))
 (>= exp!8 ?x229)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x155 (> ?x628 0.0)))
 (=> $x155 (= exp!8 ?x628))))))))))
(assert
 (let (($x368 (< log!246 |logits[2]|)))
 (= $x368 (< exp!9 exp!1))))
(assert
 (let (($x482 (< |logits[2]| log!246)))
 (= $x482 (< exp!1 exp!9))))
(assert
 (let (($x378 (< log!246 |logits[0]|)))
 (= $x378 (< exp!9 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!246)))
 (= $x653 (< exp!2 exp!9))))
(assert
 (let (($x671 (< log!246 |logits[1]|)))
 (= $x671 (< exp!9 exp!3))))
(assert
 (let (($x611 (< |logits[1]| log!246)))
 (= $x611 (< exp!3 exp!9))))
(assert
 (let (($x580 (< log!246 log!114)))
 (= $x580 (< exp!9 exp!5))))
(assert
 (let (($x503 (< log!114 log!246)))
 (= $x503 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!246 log!179)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x411 (< log!179 log!246)))
 (= $x411 (< exp!7 exp!9))))
(assert
 (let (($x560 (< log!246 log!246)))
 (= $x560 (< exp!9 exp!8))))
(assert
 (let (($x560 (< log!246 log!246)))
 (= $x560 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x285 (> log!246 0.0)))
 (= $x285 (> exp!9 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!246)))
 (>= exp!9 ?x229)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x326 (/ ?x137 exp!3)))
(let ((?x218 (+ 1.0 ?x326)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x364 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x364 ?x218)))
(let (($x155 (> ?x628 0.0)))
(=> $x155 (= exp!9 ?x628))))))))))
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
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (< 0.0 ?x542))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (< 0.0 ?x542))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let ((?x314 (/ ?x140 ?x542)))
 (let ((?x159 (- ?x314)))
 (let ((?x277 (+ 1.0 ?x159)))
 (let ((?x271 (* 0.0 ?x277)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x281 (+ ?x160 ?x271)))
 (let ((?x283 (+ ?x159 ?x281)))
 (let ((?x296 (/ 1.0 exp!7)))
 (let ((?x240 (* ?x296 ?x283)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x241 (* ?x127 ?x240)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x308 (/ ?x122 ?x542)))
 (let ((?x301 (* ?x140 ?x308)))
 (let ((?x302 (+ ?x118 ?x301)))
 (let ((?x312 (* ?x296 ?x302)))
 (or (and (distinct ?x312 ?x241) true)))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!6 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x194 (> ?x542 0.0)))
 (=> $x194 (= exp!6 ?x542))))))))))
(assert
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!179)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!179 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!179)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!179 log!114)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!114 log!179)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!179 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!179)))
 (>= exp!7 ?x172)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x194 (> ?x542 0.0)))
 (=> $x194 (= exp!7 ?x542))))))))))
(assert
 (let (($x368 (< log!246 |logits[2]|)))
 (= $x368 (< exp!8 exp!1))))
(assert
 (let (($x482 (< |logits[2]| log!246)))
 (= $x482 (< exp!1 exp!8))))
(assert
 (let (($x378 (< log!246 |logits[0]|)))
 (= $x378 (< exp!8 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!246)))
 (= $x653 (< exp!2 exp!8))))
(assert
 (let (($x671 (< log!246 |logits[1]|)))
 (= $x671 (< exp!8 exp!3))))
(assert
 (let (($x611 (< |logits[1]| log!246)))
 (= $x611 (< exp!3 exp!8))))
(assert
 (let (($x580 (< log!246 log!114)))
 (= $x580 (< exp!8 exp!5))))
(assert
 (let (($x503 (< log!114 log!246)))
 (= $x503 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!246 log!179)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x411 (< log!179 log!246)))
 (= $x411 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x285 (> log!246 0.0)))
 (= $x285 (> exp!8 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!246)))
 (>= exp!8 ?x229)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x326 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x326)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x364 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x364 ?x218)))
 (let (($x155 (> ?x628 0.0)))
 (=> $x155 (= exp!8 ?x628))))))))))
(assert
 (let (($x368 (< log!246 |logits[2]|)))
 (= $x368 (< exp!9 exp!1))))
(assert
 (let (($x482 (< |logits[2]| log!246)))
 (= $x482 (< exp!1 exp!9))))
(assert
 (let (($x378 (< log!246 |logits[0]|)))
 (= $x378 (< exp!9 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!246)))
 (= $x653 (< exp!2 exp!9))))
(assert
 (let (($x671 (< log!246 |logits[1]|)))
 (= $x671 (< exp!9 exp!3))))
(assert
 (let (($x611 (< |logits[1]| log!246)))
 (= $x611 (< exp!3 exp!9))))
(assert
 (let (($x580 (< log!246 log!114)))
 (= $x580 (< exp!9 exp!5))))
(assert
 (let (($x503 (< log!114 log!246)))
 (= $x503 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!246 log!179)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x411 (< log!179 log!246)))
 (= $x411 (< exp!7 exp!9))))
(assert
 (let (($x560 (< log!246 log!246)))
 (= $x560 (< exp!9 exp!8))))
(assert
 (let (($x560 (< log!246 log!246)))
 (= $x560 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x285 (> log!246 0.0)))
 (= $x285 (> exp!9 1.0))))
(assert
 (let ((?x229 (+ 1.0 log!246)))
 (>= exp!9 ?x229)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x326 (/ ?x137 exp!3)))
(let ((?x218 (+ 1.0 ?x326)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x364 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x364 ?x218)))
(let (($x155 (> ?x628 0.0)))
(=> $x155 (= exp!9 ?x628))))))))))
(check-sat)
(pop 1)
