; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x237 (/ ?x140 ?x542)))
 (let ((?x416 (- ?x237)))
 (let ((?x159 (+ 1.0 ?x416)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x417 (* 0.0 ?x416)))
 (let ((?x277 (+ ?x417 ?x160)))
 (let ((?x271 (+ ?x416 ?x277)))
 (let ((?x166 (/ 1.0 exp!7)))
 (let ((?x281 (* ?x166 ?x271)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x283 (* ?x127 ?x281)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x167 (/ ?x122 ?x542)))
 (let ((?x221 (* ?x140 ?x167)))
 (let ((?x231 (+ ?x118 ?x221)))
 (let ((?x235 (* ?x166 ?x231)))
 (or (and (distinct ?x235 ?x283) true))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!7 exp!6))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x327 (= 0.0 ?x259)))
 (not $x327)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x327 (= 0.0 ?x259)))
 (not $x327)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x327 (= 0.0 ?x259)))
 (not $x327)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x327 (= 0.0 ?x259)))
 (not $x327)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x327 (= 0.0 ?x259)))
 (not $x327)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let ((?x885 (/ 1.0 ?x259)))
 (let ((?x663 (- ?x885)))
 (let ((?x411 (+ 1.0 ?x663)))
 (let ((?x351 (* 0.0 ?x411)))
 (let ((?x693 (* 0.0 ?x663)))
 (let ((?x656 (+ ?x693 ?x351)))
 (let ((?x385 (+ ?x663 ?x656)))
 (let ((?x359 (/ ?x212 exp!9)))
 (let ((?x546 (* ?x359 ?x385)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x299 (* ?x127 ?x546)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x558 (/ ?x122 ?x259)))
 (let ((?x329 (+ ?x118 ?x558)))
 (let ((?x569 (* ?x359 ?x329)))
 (or (and (distinct ?x569 ?x299) true))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!7 exp!6))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let (($x571 (< log!248 |logits[2]|)))
 (= $x571 (< exp!8 exp!1))))
(assert
 (let (($x248 (< |logits[2]| log!248)))
 (= $x248 (< exp!1 exp!8))))
(assert
 (let (($x274 (< log!248 |logits[0]|)))
 (= $x274 (< exp!8 exp!2))))
(assert
 (let (($x575 (< |logits[0]| log!248)))
 (= $x575 (< exp!2 exp!8))))
(assert
 (let (($x670 (< log!248 |logits[1]|)))
 (= $x670 (< exp!8 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!248)))
 (= $x582 (< exp!3 exp!8))))
(assert
 (let (($x421 (< log!248 log!116)))
 (= $x421 (< exp!8 exp!5))))
(assert
 (let (($x545 (< log!116 log!248)))
 (= $x545 (< exp!5 exp!8))))
(assert
 (let (($x506 (< log!248 log!181)))
 (= $x506 (< exp!8 exp!7))))
(assert
 (let (($x464 (< log!181 log!248)))
 (= $x464 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!8 1.0))))
(assert
 (let ((?x376 (+ 1.0 log!248)))
 (>= exp!8 ?x376)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x224 (> ?x259 0.0)))
 (=> $x224 (= exp!8 ?x259))))))))))
(assert
 (let (($x571 (< log!248 |logits[2]|)))
 (= $x571 (< exp!9 exp!1))))
(assert
 (let (($x248 (< |logits[2]| log!248)))
 (= $x248 (< exp!1 exp!9))))
(assert
 (let (($x274 (< log!248 |logits[0]|)))
 (= $x274 (< exp!9 exp!2))))
(assert
 (let (($x575 (< |logits[0]| log!248)))
 (= $x575 (< exp!2 exp!9))))
(assert
 (let (($x670 (< log!248 |logits[1]|)))
 (= $x670 (< exp!9 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!248)))
 (= $x582 (< exp!3 exp!9))))
(assert
 (let (($x421 (< log!248 log!116)))
 (= $x421 (< exp!9 exp!5))))
(assert
 (let (($x545 (< log!116 log!248)))
 (= $x545 (< exp!5 exp!9))))
(assert
 (let (($x506 (< log!248 log!181)))
 (= $x506 (< exp!9 exp!7))))
(assert
 (let (($x464 (< log!181 log!248)))
 (= $x464 (< exp!7 exp!9))))
(assert
 (let (($x514 (< log!248 log!248)))
 (= $x514 (< exp!9 exp!8))))
(assert
 (let (($x514 (< log!248 log!248)))
 (= $x514 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!9 1.0))))
(assert
 (let ((?x376 (+ 1.0 log!248)))
 (>= exp!9 ?x376)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x369 (/ ?x137 exp!3)))
(let ((?x468 (+ 1.0 ?x369)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x212 (/ ?x24 exp!3)))
(let ((?x259 (+ ?x212 ?x468)))
(let (($x224 (> ?x259 0.0)))
(=> $x224 (= exp!9 ?x259))))))))))
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
 (let ((?x237 (/ ?x140 ?x542)))
 (let ((?x416 (- ?x237)))
 (let ((?x159 (+ 1.0 ?x416)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x417 (* 0.0 ?x416)))
 (let ((?x277 (+ ?x417 ?x160)))
 (let ((?x271 (+ ?x416 ?x277)))
 (let ((?x166 (/ 1.0 exp!7)))
 (let ((?x281 (* ?x166 ?x271)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x283 (* ?x127 ?x281)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x167 (/ ?x122 ?x542)))
 (let ((?x221 (* ?x140 ?x167)))
 (let ((?x231 (+ ?x118 ?x221)))
 (let ((?x235 (* ?x166 ?x231)))
 (or (and (distinct ?x235 ?x283) true)))))))))))))))))))))))))))))))))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!6))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!6 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!6))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!6 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!6))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!6 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let (($x480 (< log!181 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!181)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!181 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x536 (< |logits[0]| log!181)))
 (= $x536 (< exp!2 exp!7))))
(assert
 (let (($x528 (< log!181 |logits[1]|)))
 (= $x528 (< exp!7 exp!3))))
(assert
 (let (($x529 (< |logits[1]| log!181)))
 (= $x529 (< exp!3 exp!7))))
(assert
 (let (($x537 (< log!181 log!116)))
 (= $x537 (< exp!7 exp!5))))
(assert
 (let (($x519 (< log!116 log!181)))
 (= $x519 (< exp!5 exp!7))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!7 exp!6))))
(assert
 (let (($x293 (< log!181 log!181)))
 (= $x293 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!181)))
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
 (let (($x571 (< log!248 |logits[2]|)))
 (= $x571 (< exp!8 exp!1))))
(assert
 (let (($x248 (< |logits[2]| log!248)))
 (= $x248 (< exp!1 exp!8))))
(assert
 (let (($x274 (< log!248 |logits[0]|)))
 (= $x274 (< exp!8 exp!2))))
(assert
 (let (($x575 (< |logits[0]| log!248)))
 (= $x575 (< exp!2 exp!8))))
(assert
 (let (($x670 (< log!248 |logits[1]|)))
 (= $x670 (< exp!8 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!248)))
 (= $x582 (< exp!3 exp!8))))
(assert
 (let (($x421 (< log!248 log!116)))
 (= $x421 (< exp!8 exp!5))))
(assert
 (let (($x545 (< log!116 log!248)))
 (= $x545 (< exp!5 exp!8))))
(assert
 (let (($x506 (< log!248 log!181)))
 (= $x506 (< exp!8 exp!7))))
(assert
 (let (($x464 (< log!181 log!248)))
 (= $x464 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!8 1.0))))
(assert
 (let ((?x376 (+ 1.0 log!248)))
 (>= exp!8 ?x376)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x137 exp!3)))
 (let ((?x468 (+ 1.0 ?x369)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x212 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x212 ?x468)))
 (let (($x224 (> ?x259 0.0)))
 (=> $x224 (= exp!8 ?x259))))))))))
(assert
 (let (($x571 (< log!248 |logits[2]|)))
 (= $x571 (< exp!9 exp!1))))
(assert
 (let (($x248 (< |logits[2]| log!248)))
 (= $x248 (< exp!1 exp!9))))
(assert
 (let (($x274 (< log!248 |logits[0]|)))
 (= $x274 (< exp!9 exp!2))))
(assert
 (let (($x575 (< |logits[0]| log!248)))
 (= $x575 (< exp!2 exp!9))))
(assert
 (let (($x670 (< log!248 |logits[1]|)))
 (= $x670 (< exp!9 exp!3))))
(assert
 (let (($x582 (< |logits[1]| log!248)))
 (= $x582 (< exp!3 exp!9))))
(assert
 (let (($x421 (< log!248 log!116)))
 (= $x421 (< exp!9 exp!5))))
(assert
 (let (($x545 (< log!116 log!248)))
 (= $x545 (< exp!5 exp!9))))
(assert
 (let (($x506 (< log!248 log!181)))
 (= $x506 (< exp!9 exp!7))))
(assert
 (let (($x464 (< log!181 log!248)))
 (= $x464 (< exp!7 exp!9))))
(assert
 (let (($x514 (< log!248 log!248)))
 (= $x514 (< exp!9 exp!8))))
(assert
 (let (($x514 (< log!248 log!248)))
 (= $x514 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!9 1.0))))
(assert
 (let ((?x376 (+ 1.0 log!248)))
 (>= exp!9 ?x376)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x369 (/ ?x137 exp!3)))
(let ((?x468 (+ 1.0 ?x369)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x212 (/ ?x24 exp!3)))
(let ((?x259 (+ ?x212 ?x468)))
(let (($x224 (> ?x259 0.0)))
(=> $x224 (= exp!9 ?x259))))))))))
(check-sat)
(pop 1)
