; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
 (let ((?x157 (/ ?x136 ?x139)))
 (let ((?x158 (- ?x157)))
 (let ((?x279 (+ 1.0 ?x158)))
 (let ((?x285 (* 0.0 ?x158)))
 (let ((?x289 (+ ?x285 ?x279)))
 (let ((?x291 (+ ?x285 ?x289)))
 (let ((?x316 (/ ?x136 exp!7)))
 (let ((?x248 (* ?x316 ?x291)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x249 (* ?x126 ?x248)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x309 (/ ?x122 ?x139)))
 (let ((?x310 (* ?x136 ?x309)))
 (let ((?x320 (+ ?x117 ?x310)))
 (let ((?x322 (* ?x316 ?x320)))
 (or (and (distinct ?x322 ?x249) true)))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x136 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x365 (> ?x139 0.0)))
 (=> $x365 (= exp!6 ?x139)))))))))
(assert
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!7 exp!6))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x138 (/ ?x51 exp!1)))
(let ((?x136 (/ (* 1.0 exp!2) exp!1)))
(let ((?x542 (+ ?x136 ?x138)))
(let ((?x139 (+ 1.0 ?x542)))
(let (($x365 (> ?x139 0.0)))
(=> $x365 (= exp!7 ?x139)))))))))
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
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (< 0.0 ?x613))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x265 (= 0.0 ?x613)))
 (not $x265)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x265 (= 0.0 ?x613)))
 (not $x265)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x265 (= 0.0 ?x613)))
 (not $x265)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (< 0.0 ?x613))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x265 (= 0.0 ?x613)))
 (not $x265)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x265 (= 0.0 ?x613)))
 (not $x265)))))))))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let ((?x668 (/ ?x523 ?x613)))
 (let ((?x745 (- ?x668)))
 (let ((?x561 (+ 1.0 ?x745)))
 (let ((?x531 (* 0.0 ?x745)))
 (let ((?x313 (+ ?x531 ?x561)))
 (let ((?x440 (+ ?x531 ?x313)))
 (let ((?x491 (/ ?x523 exp!9)))
 (let ((?x559 (* ?x491 ?x440)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x464 (* ?x126 ?x559)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x337 (/ ?x122 ?x613)))
 (let ((?x352 (* ?x523 ?x337)))
 (let ((?x656 (+ ?x117 ?x352)))
 (let ((?x889 (* ?x491 ?x656)))
 (or (and (distinct ?x889 ?x464) true))))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x365 (> ?x139 0.0)))
 (=> $x365 (= exp!6 ?x139))))))))))
(assert
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!7 exp!6))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x365 (> ?x139 0.0)))
 (=> $x365 (= exp!7 ?x139))))))))))
(assert
 (let (($x144 (< log!246 |logits[2]|)))
 (= $x144 (< exp!8 exp!1))))
(assert
 (let (($x384 (< |logits[2]| log!246)))
 (= $x384 (< exp!1 exp!8))))
(assert
 (let (($x364 (< log!246 |logits[0]|)))
 (= $x364 (< exp!8 exp!2))))
(assert
 (let (($x411 (< |logits[0]| log!246)))
 (= $x411 (< exp!2 exp!8))))
(assert
 (let (($x663 (< log!246 |logits[1]|)))
 (= $x663 (< exp!8 exp!3))))
(assert
 (let (($x231 (< |logits[1]| log!246)))
 (= $x231 (< exp!3 exp!8))))
(assert
 (let (($x629 (< log!246 log!114)))
 (= $x629 (< exp!8 exp!5))))
(assert
 (let (($x575 (< log!114 log!246)))
 (= $x575 (< exp!5 exp!8))))
(assert
 (let (($x521 (< log!246 log!179)))
 (= $x521 (< exp!8 exp!7))))
(assert
 (let (($x494 (< log!179 log!246)))
 (= $x494 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x342 (> log!246 0.0)))
 (= $x342 (> exp!8 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!8 ?x259)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x230 (> ?x613 0.0)))
 (=> $x230 (= exp!8 ?x613))))))))))
(assert
 (let (($x144 (< log!246 |logits[2]|)))
 (= $x144 (< exp!9 exp!1))))
(assert
 (let (($x384 (< |logits[2]| log!246)))
 (= $x384 (< exp!1 exp!9))))
(assert
 (let (($x364 (< log!246 |logits[0]|)))
 (= $x364 (< exp!9 exp!2))))
(assert
 (let (($x411 (< |logits[0]| log!246)))
 (= $x411 (< exp!2 exp!9))))
(assert
 (let (($x663 (< log!246 |logits[1]|)))
 (= $x663 (< exp!9 exp!3))))
(assert
 (let (($x231 (< |logits[1]| log!246)))
 (= $x231 (< exp!3 exp!9))))
(assert
 (let (($x629 (< log!246 log!114)))
 (= $x629 (< exp!9 exp!5))))
(assert
 (let (($x575 (< log!114 log!246)))
 (= $x575 (< exp!5 exp!9))))
(assert
 (let (($x521 (< log!246 log!179)))
 (= $x521 (< exp!9 exp!7))))
(assert
 (let (($x494 (< log!179 log!246)))
 (= $x494 (< exp!7 exp!9))))
(assert
 (let (($x609 (< log!246 log!246)))
 (= $x609 (< exp!9 exp!8))))
(assert
 (let (($x609 (< log!246 log!246)))
 (= $x609 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x342 (> log!246 0.0)))
 (= $x342 (> exp!9 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!9 ?x259)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
(let ((?x523 (/ ?x135 exp!3)))
(let ((?x319 (+ 1.0 ?x523)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x271 (/ ?x24 exp!3)))
(let ((?x613 (+ ?x271 ?x319)))
(let (($x230 (> ?x613 0.0)))
(=> $x230 (= exp!9 ?x613))))))))))
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
 (let ((?x157 (/ ?x136 ?x139)))
 (let ((?x158 (- ?x157)))
 (let ((?x279 (+ 1.0 ?x158)))
 (let ((?x285 (* 0.0 ?x158)))
 (let ((?x289 (+ ?x285 ?x279)))
 (let ((?x291 (+ ?x285 ?x289)))
 (let ((?x316 (/ ?x136 exp!7)))
 (let ((?x248 (* ?x316 ?x291)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[0]| ?x113)))
 (let ((?x249 (* ?x126 ?x248)))
 (let ((?x116 (* |f[0]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x309 (/ ?x122 ?x139)))
 (let ((?x310 (* ?x136 ?x309)))
 (let ((?x320 (+ ?x117 ?x310)))
 (let ((?x322 (* ?x316 ?x320)))
 (or (and (distinct ?x322 ?x249) true))))))))))))))))))))))))))))))))
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
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!6 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!6))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!6 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!6))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!6 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!6))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!6 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!6 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!6 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x365 (> ?x139 0.0)))
 (=> $x365 (= exp!6 ?x139))))))))))
(assert
 (let (($x488 (< log!179 |logits[2]|)))
 (= $x488 (< exp!7 exp!1))))
(assert
 (let (($x184 (< |logits[2]| log!179)))
 (= $x184 (< exp!1 exp!7))))
(assert
 (let (($x480 (< log!179 |logits[0]|)))
 (= $x480 (< exp!7 exp!2))))
(assert
 (let (($x432 (< |logits[0]| log!179)))
 (= $x432 (< exp!2 exp!7))))
(assert
 (let (($x540 (< log!179 |logits[1]|)))
 (= $x540 (< exp!7 exp!3))))
(assert
 (let (($x538 (< |logits[1]| log!179)))
 (= $x538 (< exp!3 exp!7))))
(assert
 (let (($x549 (< log!179 log!114)))
 (= $x549 (< exp!7 exp!5))))
(assert
 (let (($x558 (< log!114 log!179)))
 (= $x558 (< exp!5 exp!7))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!7 exp!6))))
(assert
 (let (($x163 (< log!179 log!179)))
 (= $x163 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!179 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x185 (+ 1.0 log!179)))
 (>= exp!7 ?x185)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x138 (/ ?x51 exp!1)))
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x135 exp!1)))
 (let ((?x542 (+ ?x136 ?x138)))
 (let ((?x139 (+ 1.0 ?x542)))
 (let (($x365 (> ?x139 0.0)))
 (=> $x365 (= exp!7 ?x139))))))))))
(assert
 (let (($x144 (< log!246 |logits[2]|)))
 (= $x144 (< exp!8 exp!1))))
(assert
 (let (($x384 (< |logits[2]| log!246)))
 (= $x384 (< exp!1 exp!8))))
(assert
 (let (($x364 (< log!246 |logits[0]|)))
 (= $x364 (< exp!8 exp!2))))
(assert
 (let (($x411 (< |logits[0]| log!246)))
 (= $x411 (< exp!2 exp!8))))
(assert
 (let (($x663 (< log!246 |logits[1]|)))
 (= $x663 (< exp!8 exp!3))))
(assert
 (let (($x231 (< |logits[1]| log!246)))
 (= $x231 (< exp!3 exp!8))))
(assert
 (let (($x629 (< log!246 log!114)))
 (= $x629 (< exp!8 exp!5))))
(assert
 (let (($x575 (< log!114 log!246)))
 (= $x575 (< exp!5 exp!8))))
(assert
 (let (($x521 (< log!246 log!179)))
 (= $x521 (< exp!8 exp!7))))
(assert
 (let (($x494 (< log!179 log!246)))
 (= $x494 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x342 (> log!246 0.0)))
 (= $x342 (> exp!8 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!8 ?x259)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
 (let ((?x523 (/ ?x135 exp!3)))
 (let ((?x319 (+ 1.0 ?x523)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x271 (/ ?x24 exp!3)))
 (let ((?x613 (+ ?x271 ?x319)))
 (let (($x230 (> ?x613 0.0)))
 (=> $x230 (= exp!8 ?x613))))))))))
(assert
 (let (($x144 (< log!246 |logits[2]|)))
 (= $x144 (< exp!9 exp!1))))
(assert
 (let (($x384 (< |logits[2]| log!246)))
 (= $x384 (< exp!1 exp!9))))
(assert
 (let (($x364 (< log!246 |logits[0]|)))
 (= $x364 (< exp!9 exp!2))))
(assert
 (let (($x411 (< |logits[0]| log!246)))
 (= $x411 (< exp!2 exp!9))))
(assert
 (let (($x663 (< log!246 |logits[1]|)))
 (= $x663 (< exp!9 exp!3))))
(assert
 (let (($x231 (< |logits[1]| log!246)))
 (= $x231 (< exp!3 exp!9))))
(assert
 (let (($x629 (< log!246 log!114)))
 (= $x629 (< exp!9 exp!5))))
(assert
 (let (($x575 (< log!114 log!246)))
 (= $x575 (< exp!5 exp!9))))
(assert
 (let (($x521 (< log!246 log!179)))
 (= $x521 (< exp!9 exp!7))))
(assert
 (let (($x494 (< log!179 log!246)))
 (= $x494 (< exp!7 exp!9))))
(assert
 (let (($x609 (< log!246 log!246)))
 (= $x609 (< exp!9 exp!8))))
(assert
 (let (($x609 (< log!246 log!246)))
 (= $x609 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x342 (> log!246 0.0)))
 (= $x342 (> exp!9 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!9 ?x259)))
(assert
 (let ((?x135 (* 1.0 exp!2)))
(let ((?x523 (/ ?x135 exp!3)))
(let ((?x319 (+ 1.0 ?x523)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x271 (/ ?x24 exp!3)))
(let ((?x613 (+ ?x271 ?x319)))
(let (($x230 (> ?x613 0.0)))
(=> $x230 (= exp!9 ?x613))))))))))
(check-sat)
(pop 1)
