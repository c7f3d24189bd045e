; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
 (let ((?x416 (/ 1.0 ?x543)))
 (let ((?x417 (- ?x416)))
 (let ((?x207 (* 0.0 ?x417)))
 (let ((?x196 (+ ?x417 ?x207)))
 (let ((?x183 (+ 1.0 ?x417)))
 (let ((?x204 (* 0.0 ?x183)))
 (let ((?x197 (+ ?x204 ?x196)))
 (let ((?x221 (/ ?x140 exp!7)))
 (let ((?x295 (* ?x221 ?x197)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x296 (* ?x127 ?x295)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x231 (/ ?x122 ?x543)))
 (let ((?x235 (+ ?x118 ?x231)))
 (let ((?x237 (* ?x221 ?x235)))
 (or (and (distinct ?x237 ?x296) true)))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!7 exp!6))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x324 (= 0.0 ?x628)))
 (not $x324)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x324 (= 0.0 ?x628)))
 (not $x324)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x324 (= 0.0 ?x628)))
 (not $x324)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x324 (= 0.0 ?x628)))
 (not $x324)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x324 (= 0.0 ?x628)))
 (not $x324)))))))))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let ((?x663 (/ ?x365 ?x628)))
 (let ((?x739 (- ?x663)))
 (let ((?x298 (* 0.0 ?x739)))
 (let ((?x436 (+ ?x739 ?x298)))
 (let ((?x506 (+ 1.0 ?x739)))
 (let ((?x572 (* 0.0 ?x506)))
 (let ((?x672 (+ ?x572 ?x436)))
 (let ((?x303 (/ 1.0 exp!9)))
 (let ((?x655 (* ?x303 ?x672)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x211 (* ?x127 ?x655)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x322 (/ ?x122 ?x628)))
 (let ((?x526 (* ?x365 ?x322)))
 (let ((?x442 (+ ?x118 ?x526)))
 (let ((?x886 (* ?x303 ?x442)))
 (or (and (distinct ?x886 ?x211) true)))))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!7 exp!6))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let (($x363 (< log!246 |logits[2]|)))
 (= $x363 (< exp!8 exp!1))))
(assert
 (let (($x244 (< |logits[2]| log!246)))
 (= $x244 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x654 (< |logits[0]| log!246)))
 (= $x654 (< exp!2 exp!8))))
(assert
 (let (($x659 (< log!246 |logits[1]|)))
 (= $x659 (< exp!8 exp!3))))
(assert
 (let (($x573 (< |logits[1]| log!246)))
 (= $x573 (< exp!3 exp!8))))
(assert
 (let (($x523 (< log!246 log!114)))
 (= $x523 (< exp!8 exp!5))))
(assert
 (let (($x466 (< log!114 log!246)))
 (= $x466 (< exp!5 exp!8))))
(assert
 (let (($x153 (< log!246 log!179)))
 (= $x153 (< exp!8 exp!7))))
(assert
 (let (($x447 (< log!179 log!246)))
 (= $x447 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x387 (> log!246 0.0)))
 (= $x387 (> exp!8 1.0))))
(assert
 (let ((?x334 (+ 1.0 log!246)))
 (>= exp!8 ?x334)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x232 (> ?x628 0.0)))
 (=> $x232 (= exp!8 ?x628))))))))))
(assert
 (let (($x363 (< log!246 |logits[2]|)))
 (= $x363 (< exp!9 exp!1))))
(assert
 (let (($x244 (< |logits[2]| log!246)))
 (= $x244 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x654 (< |logits[0]| log!246)))
 (= $x654 (< exp!2 exp!9))))
(assert
 (let (($x659 (< log!246 |logits[1]|)))
 (= $x659 (< exp!9 exp!3))))
(assert
 (let (($x573 (< |logits[1]| log!246)))
 (= $x573 (< exp!3 exp!9))))
(assert
 (let (($x523 (< log!246 log!114)))
 (= $x523 (< exp!9 exp!5))))
(assert
 (let (($x466 (< log!114 log!246)))
 (= $x466 (< exp!5 exp!9))))
(assert
 (let (($x153 (< log!246 log!179)))
 (= $x153 (< exp!9 exp!7))))
(assert
 (let (($x447 (< log!179 log!246)))
 (= $x447 (< exp!7 exp!9))))
(assert
 (let (($x516 (< log!246 log!246)))
 (= $x516 (< exp!9 exp!8))))
(assert
 (let (($x516 (< log!246 log!246)))
 (= $x516 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x387 (> log!246 0.0)))
 (= $x387 (> exp!9 1.0))))
(assert
 (let ((?x334 (+ 1.0 log!246)))
 (>= exp!9 ?x334)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x373 (/ ?x137 exp!3)))
(let ((?x218 (+ 1.0 ?x373)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x365 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x365 ?x218)))
(let (($x232 (> ?x628 0.0)))
(=> $x232 (= exp!9 ?x628))))))))))
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
 (let ((?x416 (/ 1.0 ?x543)))
 (let ((?x417 (- ?x416)))
 (let ((?x207 (* 0.0 ?x417)))
 (let ((?x196 (+ ?x417 ?x207)))
 (let ((?x183 (+ 1.0 ?x417)))
 (let ((?x204 (* 0.0 ?x183)))
 (let ((?x197 (+ ?x204 ?x196)))
 (let ((?x221 (/ ?x140 exp!7)))
 (let ((?x295 (* ?x221 ?x197)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[1]| ?x113)))
 (let ((?x296 (* ?x127 ?x295)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x231 (/ ?x122 ?x543)))
 (let ((?x235 (+ ?x118 ?x231)))
 (let ((?x237 (* ?x221 ?x235)))
 (or (and (distinct ?x237 ?x296) true))))))))))))))))))))))))))))))))
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
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!6))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!6 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!6 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let (($x480 (< log!179 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x187 (< |logits[2]| log!179)))
 (= $x187 (< exp!1 exp!7))))
(assert
 (let (($x473 (< log!179 |logits[0]|)))
 (= $x473 (< exp!7 exp!2))))
(assert
 (let (($x537 (< |logits[0]| log!179)))
 (= $x537 (< exp!2 exp!7))))
(assert
 (let (($x529 (< log!179 |logits[1]|)))
 (= $x529 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!179)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x538 (< log!179 log!114)))
 (= $x538 (< exp!7 exp!5))))
(assert
 (let (($x520 (< log!114 log!179)))
 (= $x520 (< exp!5 exp!7))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!7 exp!6))))
(assert
 (let (($x188 (< log!179 log!179)))
 (= $x188 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x181 (> log!179 0.0)))
 (= $x181 (> exp!7 1.0))))
(assert
 (let ((?x180 (+ 1.0 log!179)))
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
 (let (($x363 (< log!246 |logits[2]|)))
 (= $x363 (< exp!8 exp!1))))
(assert
 (let (($x244 (< |logits[2]| log!246)))
 (= $x244 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x654 (< |logits[0]| log!246)))
 (= $x654 (< exp!2 exp!8))))
(assert
 (let (($x659 (< log!246 |logits[1]|)))
 (= $x659 (< exp!8 exp!3))))
(assert
 (let (($x573 (< |logits[1]| log!246)))
 (= $x573 (< exp!3 exp!8))))
(assert
 (let (($x523 (< log!246 log!114)))
 (= $x523 (< exp!8 exp!5))))
(assert
 (let (($x466 (< log!114 log!246)))
 (= $x466 (< exp!5 exp!8))))
(assert
 (let (($x153 (< log!246 log!179)))
 (= $x153 (< exp!8 exp!7))))
(assert
 (let (($x447 (< log!179 log!246)))
 (= $x447 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x387 (> log!246 0.0)))
 (= $x387 (> exp!8 1.0))))
(assert
 (let ((?x334 (+ 1.0 log!246)))
 (>= exp!8 ?x334)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x137 exp!3)))
 (let ((?x218 (+ 1.0 ?x373)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x365 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x365 ?x218)))
 (let (($x232 (> ?x628 0.0)))
 (=> $x232 (= exp!8 ?x628))))))))))
(assert
 (let (($x363 (< log!246 |logits[2]|)))
 (= $x363 (< exp!9 exp!1))))
(assert
 (let (($x244 (< |logits[2]| log!246)))
 (= $x244 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!246 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x654 (< |logits[0]| log!246)))
 (= $x654 (< exp!2 exp!9))))
(assert
 (let (($x659 (< log!246 |logits[1]|)))
 (= $x659 (< exp!9 exp!3))))
(assert
 (let (($x573 (< |logits[1]| log!246)))
 (= $x573 (< exp!3 exp!9))))
(assert
 (let (($x523 (< log!246 log!114)))
 (= $x523 (< exp!9 exp!5))))
(assert
 (let (($x466 (< log!114 log!246)))
 (= $x466 (< exp!5 exp!9))))
(assert
 (let (($x153 (< log!246 log!179)))
 (= $x153 (< exp!9 exp!7))))
(assert
 (let (($x447 (< log!179 log!246)))
 (= $x447 (< exp!7 exp!9))))
(assert
 (let (($x516 (< log!246 log!246)))
 (= $x516 (< exp!9 exp!8))))
(assert
 (let (($x516 (< log!246 log!246)))
 (= $x516 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x387 (> log!246 0.0)))
 (= $x387 (> exp!9 1.0))))
(assert
 (let ((?x334 (+ 1.0 log!246)))
 (>= exp!9 ?x334)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x373 (/ ?x137 exp!3)))
(let ((?x218 (+ 1.0 ?x373)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x365 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x365 ?x218)))
(let (($x232 (> ?x628 0.0)))
(=> $x232 (= exp!9 ?x628))))))))))
(check-sat)
(pop 1)
