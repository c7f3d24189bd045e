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
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 0.0 ?x117)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x113 (/ ?x36 exp!4)))
 (let ((?x123 (* ?x113 ?x122)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x56 ?x110)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x124) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x468 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let ((?x154 (/ 1.0 ?x396)))
 (let ((?x155 (- ?x154)))
 (let ((?x230 (* 0.0 ?x155)))
 (let ((?x147 (+ ?x155 ?x230)))
 (let ((?x156 (+ 1.0 ?x155)))
 (let ((?x229 (* 0.0 ?x156)))
 (let ((?x148 (+ ?x229 ?x147)))
 (let ((?x168 (/ ?x129 exp!5)))
 (let ((?x213 (* ?x168 ?x148)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x217 (* ?x115 ?x213)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x177 (/ ?x109 ?x396)))
 (let ((?x171 (+ ?x105 ?x177)))
 (let ((?x153 (* ?x168 ?x171)))
 (or (and (distinct ?x153 ?x217) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x468 (/ (* 1.0 exp!2) exp!3)))
(let ((?x383 (+ ?x468 ?x129)))
(let ((?x396 (+ 1.0 ?x383)))
(=> (> ?x396 0.0) (= exp!5 ?x396))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!215 () Real)
(declare-fun log!282 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (< 0.0 ?x135))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let (($x248 (= 0.0 ?x135)))
 (not $x248)))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let (($x248 (= 0.0 ?x135)))
 (not $x248)))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let (($x248 (= 0.0 ?x135)))
 (not $x248)))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (< 0.0 ?x135))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let (($x248 (= 0.0 ?x135)))
 (not $x248)))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let (($x248 (= 0.0 ?x135)))
 (not $x248)))))))))
(assert
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x378 exp!1)))
 (let ((?x404 (+ 1.0 ?x703)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x135 (+ ?x712 ?x404)))
 (let ((?x511 (/ ?x712 ?x135)))
 (let ((?x714 (- ?x511)))
 (let ((?x422 (* 0.0 ?x714)))
 (let ((?x449 (+ ?x714 ?x422)))
 (let ((?x249 (+ 1.0 ?x714)))
 (let ((?x490 (* 0.0 ?x249)))
 (let ((?x401 (+ ?x490 ?x449)))
 (let ((?x409 (/ 1.0 exp!6)))
 (let ((?x407 (* ?x409 ?x401)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x439 (* ?x115 ?x407)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x337 (/ ?x109 ?x135)))
 (let ((?x269 (* ?x712 ?x337)))
 (let ((?x370 (+ ?x105 ?x269)))
 (let ((?x212 (* ?x409 ?x370)))
 (or (and (distinct ?x212 ?x439) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x378 (* 1.0 exp!2)))
(let ((?x703 (/ ?x378 exp!1)))
(let ((?x404 (+ 1.0 ?x703)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x712 (/ ?x55 exp!1)))
(let ((?x135 (+ ?x712 ?x404)))
(=> (> ?x135 0.0) (= exp!6 ?x135)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!282 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (let ((?x154 (/ 1.0 ?x396)))
 (let ((?x155 (- ?x154)))
 (let ((?x230 (* 0.0 ?x155)))
 (let ((?x147 (+ ?x155 ?x230)))
 (let ((?x156 (+ 1.0 ?x155)))
 (let ((?x229 (* 0.0 ?x156)))
 (let ((?x148 (+ ?x229 ?x147)))
 (let ((?x168 (/ ?x129 exp!5)))
 (let ((?x213 (* ?x168 ?x148)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x217 (* ?x115 ?x213)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x177 (/ ?x109 ?x396)))
 (let ((?x171 (+ ?x105 ?x177)))
 (let ((?x153 (* ?x168 ?x171)))
 (or (and (distinct ?x153 ?x217) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x378 (* 1.0 exp!2)))
 (let ((?x468 (/ ?x378 exp!3)))
 (let ((?x383 (+ ?x468 ?x129)))
 (let ((?x396 (+ 1.0 ?x383)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x378 (* 1.0 exp!2)))
(let ((?x703 (/ ?x378 exp!1)))
(let ((?x404 (+ 1.0 ?x703)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x712 (/ ?x55 exp!1)))
(let ((?x135 (+ ?x712 ?x404)))
(=> (> ?x135 0.0) (= exp!6 ?x135)))))))))
(check-sat)
(pop 1)
