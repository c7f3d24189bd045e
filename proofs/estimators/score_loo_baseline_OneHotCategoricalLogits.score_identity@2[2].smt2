; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x119 ?x119)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x113 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x113 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x56 ?x110)))
 (let ((?x112 (+ ?x104 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x123) true))))))))))))))))))))))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let ((?x147 (/ 1.0 ?x407)))
 (let ((?x224 (- ?x147)))
 (let ((?x229 (* 0.0 ?x224)))
 (let ((?x230 (+ ?x229 ?x229)))
 (let ((?x228 (+ 1.0 ?x224)))
 (let ((?x232 (+ ?x228 ?x230)))
 (let ((?x241 (/ 1.0 exp!5)))
 (let ((?x235 (* ?x241 ?x232)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x236 (* ?x115 ?x235)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x155 (/ ?x109 ?x407)))
 (let ((?x240 (+ ?x104 ?x155)))
 (let ((?x146 (* ?x241 ?x240)))
 (or (and (distinct ?x146 ?x236) true))))))))))))))))))))))))))))))
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
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x472 (/ (* 1.0 exp!2) exp!3)))
(let ((?x394 (+ ?x472 ?x128)))
(let ((?x407 (+ 1.0 ?x394)))
(=> (> ?x407 0.0) (= exp!5 ?x407))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (< 0.0 ?x525))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let (($x311 (= 0.0 ?x525)))
 (not $x311)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let (($x311 (= 0.0 ?x525)))
 (not $x311)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let (($x311 (= 0.0 ?x525)))
 (not $x311)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (< 0.0 ?x525))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let (($x311 (= 0.0 ?x525)))
 (not $x311)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let (($x311 (= 0.0 ?x525)))
 (not $x311)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x709 (/ ?x372 exp!1)))
 (let ((?x431 (+ 1.0 ?x709)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x720 (/ ?x55 exp!1)))
 (let ((?x525 (+ ?x720 ?x431)))
 (let ((?x516 (/ ?x720 ?x525)))
 (let ((?x718 (- ?x516)))
 (let ((?x513 (* 0.0 ?x718)))
 (let ((?x490 (+ ?x513 ?x513)))
 (let ((?x534 (+ 1.0 ?x718)))
 (let ((?x499 (+ ?x534 ?x490)))
 (let ((?x406 (/ ?x720 exp!6)))
 (let ((?x284 (* ?x406 ?x499)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x283 (* ?x115 ?x284)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x423 (/ ?x109 ?x525)))
 (let ((?x535 (* ?x720 ?x423)))
 (let ((?x444 (+ ?x104 ?x535)))
 (let ((?x361 (* ?x406 ?x444)))
 (or (and (distinct ?x361 ?x283) true))))))))))))))))))))))))))))))))
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x709 (/ ?x372 exp!1)))
(let ((?x431 (+ 1.0 ?x709)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x720 (/ ?x55 exp!1)))
(let ((?x525 (+ ?x720 ?x431)))
(=> (> ?x525 0.0) (= exp!6 ?x525)))))))))
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let ((?x147 (/ 1.0 ?x407)))
 (let ((?x224 (- ?x147)))
 (let ((?x229 (* 0.0 ?x224)))
 (let ((?x230 (+ ?x229 ?x229)))
 (let ((?x228 (+ 1.0 ?x224)))
 (let ((?x232 (+ ?x228 ?x230)))
 (let ((?x241 (/ 1.0 exp!5)))
 (let ((?x235 (* ?x241 ?x232)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x236 (* ?x115 ?x235)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x155 (/ ?x109 ?x407)))
 (let ((?x240 (+ ?x104 ?x155)))
 (let ((?x146 (* ?x241 ?x240)))
 (or (and (distinct ?x146 ?x236) true)))))))))))))))))))))))))))))))
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x709 (/ ?x372 exp!1)))
(let ((?x431 (+ 1.0 ?x709)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x720 (/ ?x55 exp!1)))
(let ((?x525 (+ ?x720 ?x431)))
(=> (> ?x525 0.0) (= exp!6 ?x525)))))))))
(check-sat)
(pop 1)
