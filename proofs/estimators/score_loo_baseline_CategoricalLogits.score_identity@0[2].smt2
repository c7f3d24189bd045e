; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
 (let ((?x187 (/ 1.0 ?x542)))
 (let ((?x189 (- ?x187)))
 (let ((?x202 (* 0.0 ?x189)))
 (let ((?x210 (+ ?x189 ?x202)))
 (let ((?x200 (+ 1.0 ?x189)))
 (let ((?x201 (* 0.0 ?x200)))
 (let ((?x211 (+ ?x201 ?x210)))
 (let ((?x235 (/ ?x138 exp!7)))
 (let ((?x212 (* ?x235 ?x211)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x205 (* ?x127 ?x212)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x237 (/ ?x122 ?x542)))
 (let ((?x416 (+ ?x118 ?x237)))
 (let ((?x417 (* ?x235 ?x416)))
 (or (and (distinct ?x417 ?x205) true)))))))))))))))))))))))))))))))
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
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!6 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x255 (> ?x542 0.0)))
 (=> $x255 (= exp!6 ?x542)))))))))
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
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!7 exp!6))))
(assert
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!7 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x140 (/ ?x51 exp!1)))
(let ((?x138 (/ (* 1.0 exp!2) exp!1)))
(let ((?x427 (+ ?x138 ?x140)))
(let ((?x542 (+ 1.0 ?x427)))
(let (($x255 (> ?x542 0.0)))
(=> $x255 (= exp!7 ?x542)))))))))
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
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (< 0.0 ?x312))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x451 (= 0.0 ?x312)))
 (not $x451)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x451 (= 0.0 ?x312)))
 (not $x451)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x451 (= 0.0 ?x312)))
 (not $x451)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (< 0.0 ?x312))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x451 (= 0.0 ?x312)))
 (not $x451)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x451 (= 0.0 ?x312)))
 (not $x451)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let ((?x661 (/ ?x667 ?x312)))
 (let ((?x735 (- ?x661)))
 (let ((?x545 (* 0.0 ?x735)))
 (let ((?x440 (+ ?x735 ?x545)))
 (let ((?x356 (+ 1.0 ?x735)))
 (let ((?x232 (* 0.0 ?x356)))
 (let ((?x379 (+ ?x232 ?x440)))
 (let ((?x254 (/ ?x361 exp!9)))
 (let ((?x400 (* ?x254 ?x379)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x459 (* ?x127 ?x400)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x548 (/ ?x122 ?x312)))
 (let ((?x272 (* ?x667 ?x548)))
 (let ((?x431 (+ ?x118 ?x272)))
 (let ((?x883 (* ?x254 ?x431)))
 (or (and (distinct ?x883 ?x459) true)))))))))))))))))))))))))))))))))
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
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!6 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x255 (> ?x542 0.0)))
 (=> $x255 (= exp!6 ?x542))))))))))
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
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!7 exp!6))))
(assert
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!7 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x255 (> ?x542 0.0)))
 (=> $x255 (= exp!7 ?x542))))))))))
(assert
 (let (($x279 (< log!248 |logits[2]|)))
 (= $x279 (< exp!8 exp!1))))
(assert
 (let (($x258 (< |logits[2]| log!248)))
 (= $x258 (< exp!1 exp!8))))
(assert
 (let (($x243 (< log!248 |logits[0]|)))
 (= $x243 (< exp!8 exp!2))))
(assert
 (let (($x350 (< |logits[0]| log!248)))
 (= $x350 (< exp!2 exp!8))))
(assert
 (let (($x587 (< log!248 |logits[1]|)))
 (= $x587 (< exp!8 exp!3))))
(assert
 (let (($x584 (< |logits[1]| log!248)))
 (= $x584 (< exp!3 exp!8))))
(assert
 (let (($x555 (< log!248 log!116)))
 (= $x555 (< exp!8 exp!5))))
(assert
 (let (($x526 (< log!116 log!248)))
 (= $x526 (< exp!5 exp!8))))
(assert
 (let (($x478 (< log!248 log!181)))
 (= $x478 (< exp!8 exp!7))))
(assert
 (let (($x412 (< log!181 log!248)))
 (= $x412 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!8 1.0))))
(assert
 (let ((?x282 (+ 1.0 log!248)))
 (>= exp!8 ?x282)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x224 (> ?x312 0.0)))
 (=> $x224 (= exp!8 ?x312))))))))))
(assert
 (let (($x279 (< log!248 |logits[2]|)))
 (= $x279 (< exp!9 exp!1))))
(assert
 (let (($x258 (< |logits[2]| log!248)))
 (= $x258 (< exp!1 exp!9))))
(assert
 (let (($x243 (< log!248 |logits[0]|)))
 (= $x243 (< exp!9 exp!2))))
(assert
 (let (($x350 (< |logits[0]| log!248)))
 (= $x350 (< exp!2 exp!9))))
(assert
 (let (($x587 (< log!248 |logits[1]|)))
 (= $x587 (< exp!9 exp!3))))
(assert
 (let (($x584 (< |logits[1]| log!248)))
 (= $x584 (< exp!3 exp!9))))
(assert
 (let (($x555 (< log!248 log!116)))
 (= $x555 (< exp!9 exp!5))))
(assert
 (let (($x526 (< log!116 log!248)))
 (= $x526 (< exp!5 exp!9))))
(assert
 (let (($x478 (< log!248 log!181)))
 (= $x478 (< exp!9 exp!7))))
(assert
 (let (($x412 (< log!181 log!248)))
 (= $x412 (< exp!7 exp!9))))
(assert
 (let (($x501 (< log!248 log!248)))
 (= $x501 (< exp!9 exp!8))))
(assert
 (let (($x501 (< log!248 log!248)))
 (= $x501 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!9 1.0))))
(assert
 (let ((?x282 (+ 1.0 log!248)))
 (>= exp!9 ?x282)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x361 (/ ?x137 exp!3)))
(let ((?x560 (+ 1.0 ?x361)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x667 (/ ?x24 exp!3)))
(let ((?x312 (+ ?x667 ?x560)))
(let (($x224 (> ?x312 0.0)))
(=> $x224 (= exp!9 ?x312))))))))))
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
 (let ((?x187 (/ 1.0 ?x542)))
 (let ((?x189 (- ?x187)))
 (let ((?x202 (* 0.0 ?x189)))
 (let ((?x210 (+ ?x189 ?x202)))
 (let ((?x200 (+ 1.0 ?x189)))
 (let ((?x201 (* 0.0 ?x200)))
 (let ((?x211 (+ ?x201 ?x210)))
 (let ((?x235 (/ ?x138 exp!7)))
 (let ((?x212 (* ?x235 ?x211)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[0]| ?x113)))
 (let ((?x205 (* ?x127 ?x212)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x237 (/ ?x122 ?x542)))
 (let ((?x416 (+ ?x118 ?x237)))
 (let ((?x417 (* ?x235 ?x416)))
 (or (and (distinct ?x417 ?x205) true))))))))))))))))))))))))))))))))
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
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!6 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!6 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x255 (> ?x542 0.0)))
 (=> $x255 (= exp!6 ?x542))))))))))
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
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!7 exp!6))))
(assert
 (let (($x371 (< log!181 log!181)))
 (= $x371 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!181 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x190 (+ 1.0 log!181)))
 (>= exp!7 ?x190)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x427 (+ ?x138 ?x140)))
 (let ((?x542 (+ 1.0 ?x427)))
 (let (($x255 (> ?x542 0.0)))
 (=> $x255 (= exp!7 ?x542))))))))))
(assert
 (let (($x279 (< log!248 |logits[2]|)))
 (= $x279 (< exp!8 exp!1))))
(assert
 (let (($x258 (< |logits[2]| log!248)))
 (= $x258 (< exp!1 exp!8))))
(assert
 (let (($x243 (< log!248 |logits[0]|)))
 (= $x243 (< exp!8 exp!2))))
(assert
 (let (($x350 (< |logits[0]| log!248)))
 (= $x350 (< exp!2 exp!8))))
(assert
 (let (($x587 (< log!248 |logits[1]|)))
 (= $x587 (< exp!8 exp!3))))
(assert
 (let (($x584 (< |logits[1]| log!248)))
 (= $x584 (< exp!3 exp!8))))
(assert
 (let (($x555 (< log!248 log!116)))
 (= $x555 (< exp!8 exp!5))))
(assert
 (let (($x526 (< log!116 log!248)))
 (= $x526 (< exp!5 exp!8))))
(assert
 (let (($x478 (< log!248 log!181)))
 (= $x478 (< exp!8 exp!7))))
(assert
 (let (($x412 (< log!181 log!248)))
 (= $x412 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!8 1.0))))
(assert
 (let ((?x282 (+ 1.0 log!248)))
 (>= exp!8 ?x282)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x361 (/ ?x137 exp!3)))
 (let ((?x560 (+ 1.0 ?x361)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x667 (/ ?x24 exp!3)))
 (let ((?x312 (+ ?x667 ?x560)))
 (let (($x224 (> ?x312 0.0)))
 (=> $x224 (= exp!8 ?x312))))))))))
(assert
 (let (($x279 (< log!248 |logits[2]|)))
 (= $x279 (< exp!9 exp!1))))
(assert
 (let (($x258 (< |logits[2]| log!248)))
 (= $x258 (< exp!1 exp!9))))
(assert
 (let (($x243 (< log!248 |logits[0]|)))
 (= $x243 (< exp!9 exp!2))))
(assert
 (let (($x350 (< |logits[0]| log!248)))
 (= $x350 (< exp!2 exp!9))))
(assert
 (let (($x587 (< log!248 |logits[1]|)))
 (= $x587 (< exp!9 exp!3))))
(assert
 (let (($x584 (< |logits[1]| log!248)))
 (= $x584 (< exp!3 exp!9))))
(assert
 (let (($x555 (< log!248 log!116)))
 (= $x555 (< exp!9 exp!5))))
(assert
 (let (($x526 (< log!116 log!248)))
 (= $x526 (< exp!5 exp!9))))
(assert
 (let (($x478 (< log!248 log!181)))
 (= $x478 (< exp!9 exp!7))))
(assert
 (let (($x412 (< log!181 log!248)))
 (= $x412 (< exp!7 exp!9))))
(assert
 (let (($x501 (< log!248 log!248)))
 (= $x501 (< exp!9 exp!8))))
(assert
 (let (($x501 (< log!248 log!248)))
 (= $x501 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x370 (> log!248 0.0)))
 (= $x370 (> exp!9 1.0))))
(assert
 (let ((?x282 (+ 1.0 log!248)))
 (>= exp!9 ?x282)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x361 (/ ?x137 exp!3)))
(let ((?x560 (+ 1.0 ?x361)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x667 (/ ?x24 exp!3)))
(let ((?x312 (+ ?x667 ?x560)))
(let (($x224 (> ?x312 0.0)))
(=> $x224 (= exp!9 ?x312))))))))))
(check-sat)
(pop 1)
