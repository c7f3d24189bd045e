; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun |f[2]| () Real)
(declare-fun log!128 () Real)
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
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ 1.0 ?x117)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x113 (/ ?x56 exp!4)))
 (let ((?x123 (* ?x113 ?x122)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let ((?x213 (/ ?x129 ?x396)))
 (let ((?x217 (- ?x213)))
 (let ((?x219 (+ 1.0 ?x217)))
 (let ((?x221 (* 0.0 ?x219)))
 (let ((?x218 (* 0.0 ?x217)))
 (let ((?x224 (+ ?x218 ?x221)))
 (let ((?x225 (+ ?x217 ?x224)))
 (let ((?x147 (/ 1.0 exp!5)))
 (let ((?x222 (* ?x147 ?x225)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x223 (* ?x115 ?x222)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x156 (/ ?x109 ?x396)))
 (let ((?x229 (* ?x129 ?x156)))
 (let ((?x230 (+ ?x105 ?x229)))
 (let ((?x148 (* ?x147 ?x230)))
 (or (and (distinct ?x148 ?x223) true))))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x467 (/ (* 1.0 exp!2) exp!3)))
(let ((?x378 (+ ?x467 ?x129)))
(let ((?x396 (+ 1.0 ?x378)))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!128 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!193 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (< 0.0 ?x380))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let (($x131 (= 0.0 ?x380)))
 (not $x131)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let (($x131 (= 0.0 ?x380)))
 (not $x131)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let (($x131 (= 0.0 ?x380)))
 (not $x131)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (< 0.0 ?x380))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let (($x131 (= 0.0 ?x380)))
 (not $x131)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let (($x131 (= 0.0 ?x380)))
 (not $x131)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x196 (/ ?x383 exp!1)))
 (let ((?x197 (+ 1.0 ?x196)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x419 (/ ?x55 exp!1)))
 (let ((?x380 (+ ?x419 ?x197)))
 (let ((?x412 (/ 1.0 ?x380)))
 (let ((?x149 (- ?x412)))
 (let ((?x342 (+ 1.0 ?x149)))
 (let ((?x162 (* 0.0 ?x342)))
 (let ((?x713 (* 0.0 ?x149)))
 (let ((?x138 (+ ?x713 ?x162)))
 (let ((?x401 (+ ?x149 ?x138)))
 (let ((?x272 (/ ?x419 exp!6)))
 (let ((?x312 (* ?x272 ?x401)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x313 (* ?x115 ?x312)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x277 (/ ?x109 ?x380)))
 (let ((?x250 (+ ?x105 ?x277)))
 (let ((?x231 (* ?x272 ?x250)))
 (or (and (distinct ?x231 ?x313) true))))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x383 (* 1.0 exp!2)))
(let ((?x196 (/ ?x383 exp!1)))
(let ((?x197 (+ 1.0 ?x196)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x419 (/ ?x55 exp!1)))
(let ((?x380 (+ ?x419 ?x197)))
(=> (> ?x380 0.0) (= exp!6 ?x380)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let ((?x213 (/ ?x129 ?x396)))
 (let ((?x217 (- ?x213)))
 (let ((?x219 (+ 1.0 ?x217)))
 (let ((?x221 (* 0.0 ?x219)))
 (let ((?x218 (* 0.0 ?x217)))
 (let ((?x224 (+ ?x218 ?x221)))
 (let ((?x225 (+ ?x217 ?x224)))
 (let ((?x147 (/ 1.0 exp!5)))
 (let ((?x222 (* ?x147 ?x225)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x223 (* ?x115 ?x222)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x156 (/ ?x109 ?x396)))
 (let ((?x229 (* ?x129 ?x156)))
 (let ((?x230 (+ ?x105 ?x229)))
 (let ((?x148 (* ?x147 ?x230)))
 (or (and (distinct ?x148 ?x223) true)))))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x383 (* 1.0 exp!2)))
(let ((?x196 (/ ?x383 exp!1)))
(let ((?x197 (+ 1.0 ?x196)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x419 (/ ?x55 exp!1)))
(let ((?x380 (+ ?x419 ?x197)))
(=> (> ?x380 0.0) (= exp!6 ?x380)))))))))
(check-sat)
(pop 1)
