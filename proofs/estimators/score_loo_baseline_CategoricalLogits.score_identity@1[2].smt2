; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
 (let ((?x128 (/ ?x33 ?x54)))
 (let ((?x129 (- ?x128)))
 (let ((?x132 (* 0.0 ?x129)))
 (let ((?x133 (+ ?x129 ?x132)))
 (let ((?x130 (+ 1.0 ?x129)))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x135 (* ?x111 ?x134)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x116 (* |f[1]| 1.0)))
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
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (< 0.0 ?x543)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (< 0.0 ?x543)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let ((?x405 (/ 1.0 ?x543)))
 (let ((?x406 (- ?x405)))
 (let ((?x167 (* 0.0 ?x406)))
 (let ((?x221 (+ ?x406 ?x167)))
 (let ((?x165 (+ 1.0 ?x406)))
 (let ((?x166 (* 0.0 ?x165)))
 (let ((?x231 (+ ?x166 ?x221)))
 (let ((?x371 (/ ?x140 exp!7)))
 (let ((?x235 (* ?x371 ?x231)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x237 (* ?x127 ?x235)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x407 (/ ?x122 ?x543)))
 (let ((?x408 (+ ?x118 ?x407)))
 (let ((?x409 (* ?x371 ?x408)))
 (or (and (distinct ?x409 ?x237) true)))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!6 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x138 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x172 (> ?x543 0.0)))
 (=> $x172 (= exp!6 ?x543)))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!7 exp!6))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!7 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x140 (/ ?x51 exp!1)))
(let ((?x138 (/ (* 1.0 exp!2) exp!1)))
(let ((?x453 (+ ?x138 ?x140)))
(let ((?x543 (+ 1.0 ?x453)))
(let (($x172 (> ?x543 0.0)))
(=> $x172 (= exp!7 ?x543)))))))))
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
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (< 0.0 ?x244))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x404 (= 0.0 ?x244)))
 (not $x404)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x404 (= 0.0 ?x244)))
 (not $x404)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x404 (= 0.0 ?x244)))
 (not $x404)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (< 0.0 ?x244))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x404 (= 0.0 ?x244)))
 (not $x404)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x404 (= 0.0 ?x244)))
 (not $x404)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let ((?x661 (/ ?x654 ?x244)))
 (let ((?x736 (- ?x661)))
 (let ((?x445 (* 0.0 ?x736)))
 (let ((?x356 (+ ?x736 ?x445)))
 (let ((?x310 (+ 1.0 ?x736)))
 (let ((?x649 (* 0.0 ?x310)))
 (let ((?x325 (+ ?x649 ?x356)))
 (let ((?x423 (/ 1.0 exp!9)))
 (let ((?x380 (* ?x423 ?x325)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x659 (* ?x127 ?x380)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x427 (/ ?x122 ?x244)))
 (let ((?x318 (* ?x654 ?x427)))
 (let ((?x564 (+ ?x118 ?x318)))
 (let ((?x884 (* ?x423 ?x564)))
 (or (and (distinct ?x884 ?x659) true)))))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!6 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x172 (> ?x543 0.0)))
 (=> $x172 (= exp!6 ?x543))))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!7 exp!6))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!7 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x172 (> ?x543 0.0)))
 (=> $x172 (= exp!7 ?x543))))))))))
(assert
 (let (($x646 (< log!248 |logits[2]|)))
 (= $x646 (< exp!8 exp!1))))
(assert
 (let (($x557 (< |logits[2]| log!248)))
 (= $x557 (< exp!1 exp!8))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!8 exp!2))))
(assert
 (let (($x443 (< |logits[0]| log!248)))
 (= $x443 (< exp!2 exp!8))))
(assert
 (let (($x669 (< log!248 |logits[1]|)))
 (= $x669 (< exp!8 exp!3))))
(assert
 (let (($x589 (< |logits[1]| log!248)))
 (= $x589 (< exp!3 exp!8))))
(assert
 (let (($x254 (< log!248 log!116)))
 (= $x254 (< exp!8 exp!5))))
(assert
 (let (($x523 (< log!116 log!248)))
 (= $x523 (< exp!5 exp!8))))
(assert
 (let (($x504 (< log!248 log!181)))
 (= $x504 (< exp!8 exp!7))))
(assert
 (let (($x463 (< log!181 log!248)))
 (= $x463 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x369 (> log!248 0.0)))
 (= $x369 (> exp!8 1.0))))
(assert
 (let ((?x257 (+ 1.0 log!248)))
 (>= exp!8 ?x257)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x176 (> ?x244 0.0)))
 (=> $x176 (= exp!8 ?x244))))))))))
(assert
 (let (($x646 (< log!248 |logits[2]|)))
 (= $x646 (< exp!9 exp!1))))
(assert
 (let (($x557 (< |logits[2]| log!248)))
 (= $x557 (< exp!1 exp!9))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!9 exp!2))))
(assert
 (let (($x443 (< |logits[0]| log!248)))
 (= $x443 (< exp!2 exp!9))))
(assert
 (let (($x669 (< log!248 |logits[1]|)))
 (= $x669 (< exp!9 exp!3))))
(assert
 (let (($x589 (< |logits[1]| log!248)))
 (= $x589 (< exp!3 exp!9))))
(assert
 (let (($x254 (< log!248 log!116)))
 (= $x254 (< exp!9 exp!5))))
(assert
 (let (($x523 (< log!116 log!248)))
 (= $x523 (< exp!5 exp!9))))
(assert
 (let (($x504 (< log!248 log!181)))
 (= $x504 (< exp!9 exp!7))))
(assert
 (let (($x463 (< log!181 log!248)))
 (= $x463 (< exp!7 exp!9))))
(assert
 (let (($x438 (< log!248 log!248)))
 (= $x438 (< exp!9 exp!8))))
(assert
 (let (($x438 (< log!248 log!248)))
 (= $x438 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x369 (> log!248 0.0)))
 (= $x369 (> exp!9 1.0))))
(assert
 (let ((?x257 (+ 1.0 log!248)))
 (>= exp!9 ?x257)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x374 (/ ?x137 exp!3)))
(let ((?x232 (+ 1.0 ?x374)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x654 (/ ?x24 exp!3)))
(let ((?x244 (+ ?x654 ?x232)))
(let (($x176 (> ?x244 0.0)))
(=> $x176 (= exp!9 ?x244))))))))))
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
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (< 0.0 ?x543))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (< 0.0 ?x543))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x540 (= 0.0 ?x543)))
 (not $x540)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let ((?x405 (/ 1.0 ?x543)))
 (let ((?x406 (- ?x405)))
 (let ((?x167 (* 0.0 ?x406)))
 (let ((?x221 (+ ?x406 ?x167)))
 (let ((?x165 (+ 1.0 ?x406)))
 (let ((?x166 (* 0.0 ?x165)))
 (let ((?x231 (+ ?x166 ?x221)))
 (let ((?x371 (/ ?x140 exp!7)))
 (let ((?x235 (* ?x371 ?x231)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x237 (* ?x127 ?x235)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x407 (/ ?x122 ?x543)))
 (let ((?x408 (+ ?x118 ?x407)))
 (let ((?x409 (* ?x371 ?x408)))
 (or (and (distinct ?x409 ?x237) true))))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!6 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x172 (> ?x543 0.0)))
 (=> $x172 (= exp!6 ?x543))))))))))
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
 (let (($x537 (< |logits[0]| log!181)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!181 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!181)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!181 log!116)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!116 log!181)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!7 exp!6))))
(assert
 (let (($x288 (< log!181 log!181)))
 (= $x288 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!181 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!181)))
 (>= exp!7 ?x180)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x140 (/ ?x51 exp!1)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x138 (/ ?x137 exp!1)))
 (let ((?x453 (+ ?x138 ?x140)))
 (let ((?x543 (+ 1.0 ?x453)))
 (let (($x172 (> ?x543 0.0)))
 (=> $x172 (= exp!7 ?x543))))))))))
(assert
 (let (($x646 (< log!248 |logits[2]|)))
 (= $x646 (< exp!8 exp!1))))
(assert
 (let (($x557 (< |logits[2]| log!248)))
 (= $x557 (< exp!1 exp!8))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!8 exp!2))))
(assert
 (let (($x443 (< |logits[0]| log!248)))
 (= $x443 (< exp!2 exp!8))))
(assert
 (let (($x669 (< log!248 |logits[1]|)))
 (= $x669 (< exp!8 exp!3))))
(assert
 (let (($x589 (< |logits[1]| log!248)))
 (= $x589 (< exp!3 exp!8))))
(assert
 (let (($x254 (< log!248 log!116)))
 (= $x254 (< exp!8 exp!5))))
(assert
 (let (($x523 (< log!116 log!248)))
 (= $x523 (< exp!5 exp!8))))
(assert
 (let (($x504 (< log!248 log!181)))
 (= $x504 (< exp!8 exp!7))))
(assert
 (let (($x463 (< log!181 log!248)))
 (= $x463 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x369 (> log!248 0.0)))
 (= $x369 (> exp!8 1.0))))
(assert
 (let ((?x257 (+ 1.0 log!248)))
 (>= exp!8 ?x257)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x374 (/ ?x137 exp!3)))
 (let ((?x232 (+ 1.0 ?x374)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x654 (/ ?x24 exp!3)))
 (let ((?x244 (+ ?x654 ?x232)))
 (let (($x176 (> ?x244 0.0)))
 (=> $x176 (= exp!8 ?x244))))))))))
(assert
 (let (($x646 (< log!248 |logits[2]|)))
 (= $x646 (< exp!9 exp!1))))
(assert
 (let (($x557 (< |logits[2]| log!248)))
 (= $x557 (< exp!1 exp!9))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!9 exp!2))))
(assert
 (let (($x443 (< |logits[0]| log!248)))
 (= $x443 (< exp!2 exp!9))))
(assert
 (let (($x669 (< log!248 |logits[1]|)))
 (= $x669 (< exp!9 exp!3))))
(assert
 (let (($x589 (< |logits[1]| log!248)))
 (= $x589 (< exp!3 exp!9))))
(assert
 (let (($x254 (< log!248 log!116)))
 (= $x254 (< exp!9 exp!5))))
(assert
 (let (($x523 (< log!116 log!248)))
 (= $x523 (< exp!5 exp!9))))
(assert
 (let (($x504 (< log!248 log!181)))
 (= $x504 (< exp!9 exp!7))))
(assert
 (let (($x463 (< log!181 log!248)))
 (= $x463 (< exp!7 exp!9))))
(assert
 (let (($x438 (< log!248 log!248)))
 (= $x438 (< exp!9 exp!8))))
(assert
 (let (($x438 (< log!248 log!248)))
 (= $x438 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x369 (> log!248 0.0)))
 (= $x369 (> exp!9 1.0))))
(assert
 (let ((?x257 (+ 1.0 log!248)))
 (>= exp!9 ?x257)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x374 (/ ?x137 exp!3)))
(let ((?x232 (+ 1.0 ?x374)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x654 (/ ?x24 exp!3)))
(let ((?x244 (+ ?x654 ?x232)))
(let (($x176 (> ?x244 0.0)))
(=> $x176 (= exp!9 ?x244))))))))))
(check-sat)
(pop 1)
