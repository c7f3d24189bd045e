; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
 (let ((?x127 (/ 1.0 ?x54)))
 (let ((?x128 (- ?x127)))
 (let ((?x130 (+ 1.0 ?x128)))
 (let ((?x129 (* 0.0 ?x128)))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x133 (* ?x111 ?x132)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x134 (* ?x126 ?x133)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (+ ?x117 ?x123)))
 (let ((?x125 (* ?x111 ?x124)))
 (or (and (distinct ?x125 ?x134) true)))))))))))))))))))))))))))))
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
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (< 0.0 ?x139)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (< 0.0 ?x139)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let ((?x424 (/ ?x136 ?x139)))
 (let ((?x425 (- ?x424)))
 (let ((?x158 (+ 1.0 ?x425)))
 (let ((?x157 (* 0.0 ?x425)))
 (let ((?x285 (+ ?x157 ?x158)))
 (let ((?x279 (+ ?x157 ?x285)))
 (let ((?x165 (/ ?x136 exp!7)))
 (let ((?x289 (* ?x165 ?x279)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x291 (* ?x126 ?x289)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x229 (/ ?x122 ?x139)))
 (let ((?x239 (* ?x136 ?x229)))
 (let ((?x243 (+ ?x117 ?x239)))
 (let ((?x245 (* ?x165 ?x243)))
 (or (and (distinct ?x245 ?x291) true)))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x263 (> ?x139 0.0)))
 (=> $x263 (= exp!6 ?x139)))))))))
(assert
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!7 exp!6))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x138 (/ ?x51 exp!1)))
(let ((?x136 (/ (* 1.0 exp!2) exp!1)))
(let ((?x542 (+ ?x136 ?x138)))
(let ((?x139 (+ 1.0 ?x542)))
(let (($x263 (> ?x139 0.0)))
(=> $x263 (= exp!7 ?x139)))))))))
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
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (< 0.0 ?x400))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x622 (= 0.0 ?x400)))
 (not $x622)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x622 (= 0.0 ?x400)))
 (not $x622)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x622 (= 0.0 ?x400)))
 (not $x622)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (< 0.0 ?x400))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x622 (= 0.0 ?x400)))
 (not $x622)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x622 (= 0.0 ?x400)))
 (not $x622)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let ((?x668 (/ ?x568 ?x400)))
 (let ((?x753 (- ?x668)))
 (let ((?x574 (+ 1.0 ?x753)))
 (let ((?x611 (* 0.0 ?x753)))
 (let ((?x438 (+ ?x611 ?x574)))
 (let ((?x465 (+ ?x611 ?x438)))
 (let ((?x271 (/ ?x568 exp!9)))
 (let ((?x181 (* ?x271 ?x465)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x363 (* ?x126 ?x181)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x490 (/ ?x122 ?x400)))
 (let ((?x680 (* ?x568 ?x490)))
 (let ((?x561 (+ ?x117 ?x680)))
 (let ((?x892 (* ?x271 ?x561)))
 (or (and (distinct ?x892 ?x363) true))))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x263 (> ?x139 0.0)))
 (=> $x263 (= exp!6 ?x139))))))))))
(assert
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!7 exp!6))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x263 (> ?x139 0.0)))
 (=> $x263 (= exp!7 ?x139))))))))))
(assert
 (let (($x514 (< log!248 |logits[2]|)))
 (= $x514 (< exp!8 exp!1))))
(assert
 (let (($x324 (< |logits[2]| log!248)))
 (= $x324 (< exp!1 exp!8))))
(assert
 (let (($x282 (< log!248 |logits[0]|)))
 (= $x282 (< exp!8 exp!2))))
(assert
 (let (($x278 (< |logits[0]| log!248)))
 (= $x278 (< exp!2 exp!8))))
(assert
 (let (($x636 (< log!248 |logits[1]|)))
 (= $x636 (< exp!8 exp!3))))
(assert
 (let (($x631 (< |logits[1]| log!248)))
 (= $x631 (< exp!3 exp!8))))
(assert
 (let (($x610 (< log!248 log!116)))
 (= $x610 (< exp!8 exp!5))))
(assert
 (let (($x506 (< log!116 log!248)))
 (= $x506 (< exp!5 exp!8))))
(assert
 (let (($x497 (< log!248 log!181)))
 (= $x497 (< exp!8 exp!7))))
(assert
 (let (($x385 (< log!181 log!248)))
 (= $x385 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x240 (> log!248 0.0)))
 (= $x240 (> exp!8 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!248)))
 (>= exp!8 ?x370)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x439 (> ?x400 0.0)))
 (=> $x439 (= exp!8 ?x400))))))))))
(assert
 (let (($x514 (< log!248 |logits[2]|)))
 (= $x514 (< exp!9 exp!1))))
(assert
 (let (($x324 (< |logits[2]| log!248)))
 (= $x324 (< exp!1 exp!9))))
(assert
 (let (($x282 (< log!248 |logits[0]|)))
 (= $x282 (< exp!9 exp!2))))
(assert
 (let (($x278 (< |logits[0]| log!248)))
 (= $x278 (< exp!2 exp!9))))
(assert
 (let (($x636 (< log!248 |logits[1]|)))
 (= $x636 (< exp!9 exp!3))))
(assert
 (let (($x631 (< |logits[1]| log!248)))
 (= $x631 (< exp!3 exp!9))))
(assert
 (let (($x610 (< log!248 log!116)))
 (= $x610 (< exp!9 exp!5))))
(assert
 (let (($x506 (< log!116 log!248)))
 (= $x506 (< exp!5 exp!9))))
(assert
 (let (($x497 (< log!248 log!181)))
 (= $x497 (< exp!9 exp!7))))
(assert
 (let (($x385 (< log!181 log!248)))
 (= $x385 (< exp!7 exp!9))))
(assert
 (let (($x577 (< log!248 log!248)))
 (= $x577 (< exp!9 exp!8))))
(assert
 (let (($x577 (< log!248 log!248)))
 (= $x577 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x240 (> log!248 0.0)))
 (= $x240 (> exp!9 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!248)))
 (>= exp!9 ?x370)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
(let ((?x568 (/ ?x135 exp!3)))
(let ((?x575 (+ 1.0 ?x568)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x641 (/ ?x24 exp!3)))
(let ((?x400 (+ ?x641 ?x575)))
(let (($x439 (> ?x400 0.0)))
(=> $x439 (= exp!9 ?x400))))))))))
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
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (< 0.0 ?x139))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (< 0.0 ?x139))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x547 (= 0.0 ?x139)))
 (not $x547)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let ((?x424 (/ ?x136 ?x139)))
 (let ((?x425 (- ?x424)))
 (let ((?x158 (+ 1.0 ?x425)))
 (let ((?x157 (* 0.0 ?x425)))
 (let ((?x285 (+ ?x157 ?x158)))
 (let ((?x279 (+ ?x157 ?x285)))
 (let ((?x165 (/ ?x136 exp!7)))
 (let ((?x289 (* ?x165 ?x279)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x291 (* ?x126 ?x289)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x229 (/ ?x122 ?x139)))
 (let ((?x239 (* ?x136 ?x229)))
 (let ((?x243 (+ ?x117 ?x239)))
 (let ((?x245 (* ?x165 ?x243)))
 (or (and (distinct ?x245 ?x291) true))))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x263 (> ?x139 0.0)))
 (=> $x263 (= exp!6 ?x139))))))))))
(assert
 (let (($x488 (< log!181 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!181)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!181 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!181)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!181 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!181)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!181 log!116)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!116 log!181)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!7 exp!6))))
(assert
 (let (($x302 (< log!181 log!181)))
 (= $x302 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!181 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!181)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x263 (> ?x139 0.0)))
 (=> $x263 (= exp!7 ?x139))))))))))
(assert
 (let (($x514 (< log!248 |logits[2]|)))
 (= $x514 (< exp!8 exp!1))))
(assert
 (let (($x324 (< |logits[2]| log!248)))
 (= $x324 (< exp!1 exp!8))))
(assert
 (let (($x282 (< log!248 |logits[0]|)))
 (= $x282 (< exp!8 exp!2))))
(assert
 (let (($x278 (< |logits[0]| log!248)))
 (= $x278 (< exp!2 exp!8))))
(assert
 (let (($x636 (< log!248 |logits[1]|)))
 (= $x636 (< exp!8 exp!3))))
(assert
 (let (($x631 (< |logits[1]| log!248)))
 (= $x631 (< exp!3 exp!8))))
(assert
 (let (($x610 (< log!248 log!116)))
 (= $x610 (< exp!8 exp!5))))
(assert
 (let (($x506 (< log!116 log!248)))
 (= $x506 (< exp!5 exp!8))))
(assert
 (let (($x497 (< log!248 log!181)))
 (= $x497 (< exp!8 exp!7))))
(assert
 (let (($x385 (< log!181 log!248)))
 (= $x385 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x240 (> log!248 0.0)))
 (= $x240 (> exp!8 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!248)))
 (>= exp!8 ?x370)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x135 exp!3)))
 (let ((?x575 (+ 1.0 ?x568)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x641 (/ ?x24 exp!3)))
 (let ((?x400 (+ ?x641 ?x575)))
 (let (($x439 (> ?x400 0.0)))
 (=> $x439 (= exp!8 ?x400))))))))))
(assert
 (let (($x514 (< log!248 |logits[2]|)))
 (= $x514 (< exp!9 exp!1))))
(assert
 (let (($x324 (< |logits[2]| log!248)))
 (= $x324 (< exp!1 exp!9))))
(assert
 (let (($x282 (< log!248 |logits[0]|)))
 (= $x282 (< exp!9 exp!2))))
(assert
 (let (($x278 (< |logits[0]| log!248)))
 (= $x278 (< exp!2 exp!9))))
(assert
 (let (($x636 (< log!248 |logits[1]|)))
 (= $x636 (< exp!9 exp!3))))
(assert
 (let (($x631 (< |logits[1]| log!248)))
 (= $x631 (< exp!3 exp!9))))
(assert
 (let (($x610 (< log!248 log!116)))
 (= $x610 (< exp!9 exp!5))))
(assert
 (let (($x506 (< log!116 log!248)))
 (= $x506 (< exp!5 exp!9))))
(assert
 (let (($x497 (< log!248 log!181)))
 (= $x497 (< exp!9 exp!7))))
(assert
 (let (($x385 (< log!181 log!248)))
 (= $x385 (< exp!7 exp!9))))
(assert
 (let (($x577 (< log!248 log!248)))
 (= $x577 (< exp!9 exp!8))))
(assert
 (let (($x577 (< log!248 log!248)))
 (= $x577 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x240 (> log!248 0.0)))
 (= $x240 (> exp!9 1.0))))
(assert
 (let ((?x370 (+ 1.0 log!248)))
 (>= exp!9 ?x370)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
(let ((?x568 (/ ?x135 exp!3)))
(let ((?x575 (+ 1.0 ?x568)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x641 (/ ?x24 exp!3)))
(let ((?x400 (+ ?x641 ?x575)))
(let (($x439 (> ?x400 0.0)))
(=> $x439 (= exp!9 ?x400))))))))))
(check-sat)
(pop 1)
