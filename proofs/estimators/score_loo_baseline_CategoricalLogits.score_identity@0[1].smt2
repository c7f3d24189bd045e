; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
(declare-fun |f[0]| () Real)
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
 (let ((?x133 (+ ?x129 ?x132)))
 (let ((?x130 (* 0.0 ?x129)))
 (let ((?x134 (+ ?x130 ?x133)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x135 (* ?x111 ?x134)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x159 (/ ?x140 ?x542)))
 (let ((?x160 (- ?x159)))
 (let ((?x271 (+ 1.0 ?x160)))
 (let ((?x281 (* 0.0 ?x271)))
 (let ((?x283 (+ ?x160 ?x281)))
 (let ((?x277 (* 0.0 ?x160)))
 (let ((?x240 (+ ?x277 ?x283)))
 (let ((?x231 (/ ?x138 exp!7)))
 (let ((?x241 (* ?x231 ?x240)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x168 (* ?x127 ?x241)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x235 (/ ?x122 ?x542)))
 (let ((?x237 (* ?x140 ?x235)))
 (let ((?x416 (+ ?x118 ?x237)))
 (let ((?x417 (* ?x231 ?x416)))
 (or (and (distinct ?x417 ?x168) true))))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!6 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!6 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x265 (> ?x542 0.0)))
 (=> $x265 (= exp!6 ?x542)))))))))
(assert
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!7 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!7 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x140 (/ ?x51 exp!1)))
(let ((?x138 (/ (* 1.0 exp!2) exp!1)))
(let ((?x458 (+ ?x138 ?x140)))
(let ((?x542 (+ 1.0 ?x458)))
(let (($x265 (> ?x542 0.0)))
(=> $x265 (= exp!7 ?x542)))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x500 (= 0.0 ?x259)))
 (not $x500)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x500 (= 0.0 ?x259)))
 (not $x500)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x500 (= 0.0 ?x259)))
 (not $x500)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x500 (= 0.0 ?x259)))
 (not $x500)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x500 (= 0.0 ?x259)))
 (not $x500)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let ((?x887 (/ 1.0 ?x259)))
 (let ((?x666 (- ?x887)))
 (let ((?x381 (+ 1.0 ?x666)))
 (let ((?x443 (* 0.0 ?x381)))
 (let ((?x657 (+ ?x666 ?x443)))
 (let ((?x696 (* 0.0 ?x666)))
 (let ((?x438 (+ ?x696 ?x657)))
 (let ((?x370 (/ ?x260 exp!9)))
 (let ((?x300 (* ?x370 ?x438)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x189 (* ?x127 ?x300)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x548 (/ ?x122 ?x259)))
 (let ((?x674 (+ ?x118 ?x548)))
 (let ((?x441 (* ?x370 ?x674)))
 (or (and (distinct ?x441 ?x189) true))))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!6 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!6 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x265 (> ?x542 0.0)))
 (=> $x265 (= exp!6 ?x542))))))))))
(assert
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!7 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!7 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x265 (> ?x542 0.0)))
 (=> $x265 (= exp!7 ?x542))))))))))
(assert
 (let (($x467 (< log!248 |logits[2]|)))
 (= $x467 (< exp!8 exp!1))))
(assert
 (let (($x209 (< |logits[2]| log!248)))
 (= $x209 (< exp!1 exp!8))))
(assert
 (let (($x228 (< log!248 |logits[0]|)))
 (= $x228 (< exp!8 exp!2))))
(assert
 (let (($x659 (< |logits[0]| log!248)))
 (= $x659 (< exp!2 exp!8))))
(assert
 (let (($x646 (< log!248 |logits[1]|)))
 (= $x646 (< exp!8 exp!3))))
(assert
 (let (($x625 (< |logits[1]| log!248)))
 (= $x625 (< exp!3 exp!8))))
(assert
 (let (($x603 (< log!248 log!116)))
 (= $x603 (< exp!8 exp!5))))
(assert
 (let (($x547 (< log!116 log!248)))
 (= $x547 (< exp!5 exp!8))))
(assert
 (let (($x471 (< log!248 log!181)))
 (= $x471 (< exp!8 exp!7))))
(assert
 (let (($x413 (< log!181 log!248)))
 (= $x413 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x232 (> log!248 0.0)))
 (= $x232 (> exp!8 1.0))))
(assert
 (let ((?x212 (+ 1.0 log!248)))
 (>= exp!8 ?x212)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x499 (> ?x259 0.0)))
 (=> $x499 (= exp!8 ?x259))))))))))
(assert
 (let (($x467 (< log!248 |logits[2]|)))
 (= $x467 (< exp!9 exp!1))))
(assert
 (let (($x209 (< |logits[2]| log!248)))
 (= $x209 (< exp!1 exp!9))))
(assert
 (let (($x228 (< log!248 |logits[0]|)))
 (= $x228 (< exp!9 exp!2))))
(assert
 (let (($x659 (< |logits[0]| log!248)))
 (= $x659 (< exp!2 exp!9))))
(assert
 (let (($x646 (< log!248 |logits[1]|)))
 (= $x646 (< exp!9 exp!3))))
(assert
 (let (($x625 (< |logits[1]| log!248)))
 (= $x625 (< exp!3 exp!9))))
(assert
 (let (($x603 (< log!248 log!116)))
 (= $x603 (< exp!9 exp!5))))
(assert
 (let (($x547 (< log!116 log!248)))
 (= $x547 (< exp!5 exp!9))))
(assert
 (let (($x471 (< log!248 log!181)))
 (= $x471 (< exp!9 exp!7))))
(assert
 (let (($x413 (< log!181 log!248)))
 (= $x413 (< exp!7 exp!9))))
(assert
 (let (($x563 (< log!248 log!248)))
 (= $x563 (< exp!9 exp!8))))
(assert
 (let (($x563 (< log!248 log!248)))
 (= $x563 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x232 (> log!248 0.0)))
 (= $x232 (> exp!9 1.0))))
(assert
 (let ((?x212 (+ 1.0 log!248)))
 (>= exp!9 ?x212)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x260 (/ ?x137 exp!3)))
(let ((?x609 (+ 1.0 ?x260)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x387 (/ ?x24 exp!3)))
(let ((?x259 (+ ?x387 ?x609)))
(let (($x499 (> ?x259 0.0)))
(=> $x499 (= exp!9 ?x259))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x159 (/ ?x140 ?x542)))
 (let ((?x160 (- ?x159)))
 (let ((?x271 (+ 1.0 ?x160)))
 (let ((?x281 (* 0.0 ?x271)))
 (let ((?x283 (+ ?x160 ?x281)))
 (let ((?x277 (* 0.0 ?x160)))
 (let ((?x240 (+ ?x277 ?x283)))
 (let ((?x231 (/ ?x138 exp!7)))
 (let ((?x241 (* ?x231 ?x240)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x168 (* ?x127 ?x241)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x235 (/ ?x122 ?x542)))
 (let ((?x237 (* ?x140 ?x235)))
 (let ((?x416 (+ ?x118 ?x237)))
 (let ((?x417 (* ?x231 ?x416)))
 (or (and (distinct ?x417 ?x168) true)))))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!6 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!6 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x265 (> ?x542 0.0)))
 (=> $x265 (= exp!6 ?x542))))))))))
(assert
 (let (($x479 (< log!181 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!181 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x255 (> log!181 0.0)))
 (= $x255 (> exp!7 1.0))))
(assert
 (let ((?x267 (+ 1.0 log!181)))
 (>= exp!7 ?x267)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x458 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x458)))
 (let (($x265 (> ?x542 0.0)))
 (=> $x265 (= exp!7 ?x542))))))))))
(assert
 (let (($x467 (< log!248 |logits[2]|)))
 (= $x467 (< exp!8 exp!1))))
(assert
 (let (($x209 (< |logits[2]| log!248)))
 (= $x209 (< exp!1 exp!8))))
(assert
 (let (($x228 (< log!248 |logits[0]|)))
 (= $x228 (< exp!8 exp!2))))
(assert
 (let (($x659 (< |logits[0]| log!248)))
 (= $x659 (< exp!2 exp!8))))
(assert
 (let (($x646 (< log!248 |logits[1]|)))
 (= $x646 (< exp!8 exp!3))))
(assert
 (let (($x625 (< |logits[1]| log!248)))
 (= $x625 (< exp!3 exp!8))))
(assert
 (let (($x603 (< log!248 log!116)))
 (= $x603 (< exp!8 exp!5))))
(assert
 (let (($x547 (< log!116 log!248)))
 (= $x547 (< exp!5 exp!8))))
(assert
 (let (($x471 (< log!248 log!181)))
 (= $x471 (< exp!8 exp!7))))
(assert
 (let (($x413 (< log!181 log!248)))
 (= $x413 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x232 (> log!248 0.0)))
 (= $x232 (> exp!8 1.0))))
(assert
 (let ((?x212 (+ 1.0 log!248)))
 (>= exp!8 ?x212)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x260 (/ ?x137 exp!3)))
 (let ((?x609 (+ 1.0 ?x260)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x387 (/ ?x24 exp!3)))
 (let ((?x259 (+ ?x387 ?x609)))
 (let (($x499 (> ?x259 0.0)))
 (=> $x499 (= exp!8 ?x259))))))))))
(assert
 (let (($x467 (< log!248 |logits[2]|)))
 (= $x467 (< exp!9 exp!1))))
(assert
 (let (($x209 (< |logits[2]| log!248)))
 (= $x209 (< exp!1 exp!9))))
(assert
 (let (($x228 (< log!248 |logits[0]|)))
 (= $x228 (< exp!9 exp!2))))
(assert
 (let (($x659 (< |logits[0]| log!248)))
 (= $x659 (< exp!2 exp!9))))
(assert
 (let (($x646 (< log!248 |logits[1]|)))
 (= $x646 (< exp!9 exp!3))))
(assert
 (let (($x625 (< |logits[1]| log!248)))
 (= $x625 (< exp!3 exp!9))))
(assert
 (let (($x603 (< log!248 log!116)))
 (= $x603 (< exp!9 exp!5))))
(assert
 (let (($x547 (< log!116 log!248)))
 (= $x547 (< exp!5 exp!9))))
(assert
 (let (($x471 (< log!248 log!181)))
 (= $x471 (< exp!9 exp!7))))
(assert
 (let (($x413 (< log!181 log!248)))
 (= $x413 (< exp!7 exp!9))))
(assert
 (let (($x563 (< log!248 log!248)))
 (= $x563 (< exp!9 exp!8))))
(assert
 (let (($x563 (< log!248 log!248)))
 (= $x563 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x232 (> log!248 0.0)))
 (= $x232 (> exp!9 1.0))))
(assert
 (let ((?x212 (+ 1.0 log!248)))
 (>= exp!9 ?x212)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x260 (/ ?x137 exp!3)))
(let ((?x609 (+ 1.0 ?x260)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x387 (/ ?x24 exp!3)))
(let ((?x259 (+ ?x387 ?x609)))
(let (($x499 (> ?x259 0.0)))
(=> $x499 (= exp!9 ?x259))))))))))
(check-sat)
(pop 1)
