; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
 (let ((?x132 (* 0.0 ?x129)))
 (let ((?x133 (+ ?x129 ?x132)))
 (let ((?x130 (+ 1.0 ?x129)))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x134 (+ ?x131 ?x133)))
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
 (let ((?x124 (* ?x33 ?x123)))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (< 0.0 ?x542)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (< 0.0 ?x542)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let ((?x207 (/ 1.0 ?x542)))
 (let ((?x208 (- ?x207)))
 (let ((?x296 (* 0.0 ?x208)))
 (let ((?x308 (+ ?x208 ?x296)))
 (let ((?x209 (+ 1.0 ?x208)))
 (let ((?x295 (* 0.0 ?x209)))
 (let ((?x301 (+ ?x295 ?x308)))
 (let ((?x210 (/ ?x138 exp!7)))
 (let ((?x302 (* ?x210 ?x301)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x312 (* ?x127 ?x302)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x211 (/ ?x122 ?x542)))
 (let ((?x212 (+ ?x118 ?x211)))
 (let ((?x205 (* ?x210 ?x212)))
 (or (and (distinct ?x205 ?x312) true)))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!6 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!6 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x190 (> ?x542 0.0)))
 (=> $x190 (= exp!6 ?x542)))))))))
(assert
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!7 exp!6))))
(assert
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!7 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!7 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x140 (/ ?x51 exp!1)))
(let ((?x138 (/ (* 1.0 exp!2) exp!1)))
(let ((?x427 (+ ?x138 ?x140)))
(let ((?x542 (+ 1.0 ?x427)))
(let (($x190 (> ?x542 0.0)))
(=> $x190 (= exp!7 ?x542)))))))))
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
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (< 0.0 ?x554))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x446 (= 0.0 ?x554)))
 (not $x446)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x446 (= 0.0 ?x554)))
 (not $x446)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x446 (= 0.0 ?x554)))
 (not $x446)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (< 0.0 ?x554))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x446 (= 0.0 ?x554)))
 (not $x446)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x446 (= 0.0 ?x554)))
 (not $x446)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let ((?x664 (/ ?x654 ?x554)))
 (let ((?x739 (- ?x664)))
 (let ((?x514 (* 0.0 ?x739)))
 (let ((?x552 (+ ?x739 ?x514)))
 (let ((?x436 (+ 1.0 ?x739)))
 (let ((?x475 (* 0.0 ?x436)))
 (let ((?x555 (+ ?x475 ?x552)))
 (let ((?x285 (/ ?x513 exp!9)))
 (let ((?x455 (* ?x285 ?x555)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x232 (* ?x127 ?x455)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x516 (/ ?x122 ?x554)))
 (let ((?x507 (* ?x654 ?x516)))
 (let ((?x468 (+ ?x118 ?x507)))
 (let ((?x886 (* ?x285 ?x468)))
 (or (and (distinct ?x886 ?x232) true)))))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!6 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!6 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x190 (> ?x542 0.0)))
 (=> $x190 (= exp!6 ?x542))))))))))
(assert
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!7 exp!6))))
(assert
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!7 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!7 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x190 (> ?x542 0.0)))
 (=> $x190 (= exp!7 ?x542))))))))))
(assert
 (let (($x569 (< log!246 |logits[2]|)))
 (= $x569 (< exp!8 exp!1))))
(assert
 (let (($x284 (< |logits[2]| log!246)))
 (= $x284 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x656 (< |logits[0]| log!246)))
 (= $x656 (< exp!2 exp!8))))
(assert
 (let (($x658 (< log!246 |logits[1]|)))
 (= $x658 (< exp!8 exp!3))))
(assert
 (let (($x635 (< |logits[1]| log!246)))
 (= $x635 (< exp!3 exp!8))))
(assert
 (let (($x628 (< log!246 log!114)))
 (= $x628 (< exp!8 exp!5))))
(assert
 (let (($x570 (< log!114 log!246)))
 (= $x570 (< exp!5 exp!8))))
(assert
 (let (($x523 (< log!246 log!179)))
 (= $x523 (< exp!8 exp!7))))
(assert
 (let (($x460 (< log!179 log!246)))
 (= $x460 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x398 (> log!246 0.0)))
 (= $x398 (> exp!8 1.0))))
(assert
 (let ((?x316 (+ 1.0 log!246)))
 (>= exp!8 ?x316)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x280 (> ?x554 0.0)))
 (=> $x280 (= exp!8 ?x554))))))))))
(assert
 (let (($x569 (< log!246 |logits[2]|)))
 (= $x569 (< exp!9 exp!1))))
(assert
 (let (($x284 (< |logits[2]| log!246)))
 (= $x284 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x656 (< |logits[0]| log!246)))
 (= $x656 (< exp!2 exp!9))))
(assert
 (let (($x658 (< log!246 |logits[1]|)))
 (= $x658 (< exp!9 exp!3))))
(assert
 (let (($x635 (< |logits[1]| log!246)))
 (= $x635 (< exp!3 exp!9))))
(assert
 (let (($x628 (< log!246 log!114)))
 (= $x628 (< exp!9 exp!5))))
(assert
 (let (($x570 (< log!114 log!246)))
 (= $x570 (< exp!5 exp!9))))
(assert
 (let (($x523 (< log!246 log!179)))
 (= $x523 (< exp!9 exp!7))))
(assert
 (let (($x460 (< log!179 log!246)))
 (= $x460 (< exp!7 exp!9))))
(assert
 (let (($x580 (< log!246 log!246)))
 (= $x580 (< exp!9 exp!8))))
(assert
 (let (($x580 (< log!246 log!246)))
 (= $x580 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x398 (> log!246 0.0)))
 (= $x398 (> exp!9 1.0))))
(assert
 (let ((?x316 (+ 1.0 log!246)))
 (>= exp!9 ?x316)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x513 (/ ?x137 exp!3)))
(let ((?x490 (+ 1.0 ?x513)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x654 (/ ?x24 exp!3)))
(let ((?x554 (+ ?x654 ?x490)))
(let (($x280 (> ?x554 0.0)))
(=> $x280 (= exp!9 ?x554))))))))))
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
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (< 0.0 ?x542))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (< 0.0 ?x542))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x539 (= 0.0 ?x542)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let ((?x207 (/ 1.0 ?x542)))
 (let ((?x208 (- ?x207)))
 (let ((?x296 (* 0.0 ?x208)))
 (let ((?x308 (+ ?x208 ?x296)))
 (let ((?x209 (+ 1.0 ?x208)))
 (let ((?x295 (* 0.0 ?x209)))
 (let ((?x301 (+ ?x295 ?x308)))
 (let ((?x210 (/ ?x138 exp!7)))
 (let ((?x302 (* ?x210 ?x301)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x312 (* ?x127 ?x302)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x211 (/ ?x122 ?x542)))
 (let ((?x212 (+ ?x118 ?x211)))
 (let ((?x205 (* ?x210 ?x212)))
 (or (and (distinct ?x205 ?x312) true))))))))))))))))))))))))))))))))
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
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
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
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!6 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!6 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x190 (> ?x542 0.0)))
 (=> $x190 (= exp!6 ?x542))))))))))
(assert
 (let (($x479 (< log!179 |logits[2]|)))
 (= $x479 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!179 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
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
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!7 exp!6))))
(assert
 (let (($x221 (< log!179 log!179)))
 (= $x221 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x357 (> log!179 0.0)))
 (= $x357 (> exp!7 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!179)))
 (>= exp!7 ?x170)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x190 (> ?x542 0.0)))
 (=> $x190 (= exp!7 ?x542))))))))))
(assert
 (let (($x569 (< log!246 |logits[2]|)))
 (= $x569 (< exp!8 exp!1))))
(assert
 (let (($x284 (< |logits[2]| log!246)))
 (= $x284 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x656 (< |logits[0]| log!246)))
 (= $x656 (< exp!2 exp!8))))
(assert
 (let (($x658 (< log!246 |logits[1]|)))
 (= $x658 (< exp!8 exp!3))))
(assert
 (let (($x635 (< |logits[1]| log!246)))
 (= $x635 (< exp!3 exp!8))))
(assert
 (let (($x628 (< log!246 log!114)))
 (= $x628 (< exp!8 exp!5))))
(assert
 (let (($x570 (< log!114 log!246)))
 (= $x570 (< exp!5 exp!8))))
(assert
 (let (($x523 (< log!246 log!179)))
 (= $x523 (< exp!8 exp!7))))
(assert
 (let (($x460 (< log!179 log!246)))
 (= $x460 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x398 (> log!246 0.0)))
 (= $x398 (> exp!8 1.0))))
(assert
 (let ((?x316 (+ 1.0 log!246)))
 (>= exp!8 ?x316)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x513 (/ ?x137 exp!3)))
 (let ((?x490 (+ 1.0 ?x513)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x554 (+ ?x654 ?x490)))
 (let (($x280 (> ?x554 0.0)))
 (=> $x280 (= exp!8 ?x554))))))))))
(assert
 (let (($x569 (< log!246 |logits[2]|)))
 (= $x569 (< exp!9 exp!1))))
(assert
 (let (($x284 (< |logits[2]| log!246)))
 (= $x284 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x656 (< |logits[0]| log!246)))
 (= $x656 (< exp!2 exp!9))))
(assert
 (let (($x658 (< log!246 |logits[1]|)))
 (= $x658 (< exp!9 exp!3))))
(assert
 (let (($x635 (< |logits[1]| log!246)))
 (= $x635 (< exp!3 exp!9))))
(assert
 (let (($x628 (< log!246 log!114)))
 (= $x628 (< exp!9 exp!5))))
(assert
 (let (($x570 (< log!114 log!246)))
 (= $x570 (< exp!5 exp!9))))
(assert
 (let (($x523 (< log!246 log!179)))
 (= $x523 (< exp!9 exp!7))))
(assert
 (let (($x460 (< log!179 log!246)))
 (= $x460 (< exp!7 exp!9))))
(assert
 (let (($x580 (< log!246 log!246)))
 (= $x580 (< exp!9 exp!8))))
(assert
 (let (($x580 (< log!246 log!246)))
 (= $x580 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x398 (> log!246 0.0)))
 (= $x398 (> exp!9 1.0))))
(assert
 (let ((?x316 (+ 1.0 log!246)))
 (>= exp!9 ?x316)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x513 (/ ?x137 exp!3)))
(let ((?x490 (+ 1.0 ?x513)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x654 (/ ?x24 exp!3)))
(let ((?x554 (+ ?x654 ?x490)))
(let (($x280 (> ?x554 0.0)))
(=> $x280 (= exp!9 ?x554))))))))))
(check-sat)
(pop 1)
