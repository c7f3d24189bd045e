; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun log!149 () Real)
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
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x118 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x113 (/ ?x36 exp!4)))
 (let ((?x122 (* ?x113 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
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
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
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
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x265 (/ ?x128 ?x407)))
 (let ((?x266 (- ?x265)))
 (let ((?x264 (+ 1.0 ?x266)))
 (let ((?x263 (* 0.0 ?x266)))
 (let ((?x152 (+ ?x263 ?x264)))
 (let ((?x153 (+ ?x263 ?x152)))
 (let ((?x254 (/ ?x128 exp!5)))
 (let ((?x276 (* ?x254 ?x153)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x270 (* ?x115 ?x276)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x326 (/ ?x109 ?x407)))
 (let ((?x162 (* ?x128 ?x326)))
 (let ((?x165 (+ ?x104 ?x162)))
 (let ((?x255 (* ?x254 ?x165)))
 (or (and (distinct ?x255 ?x270) true)))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x472 (/ (* 1.0 exp!2) exp!3)))
(let ((?x372 (+ ?x472 ?x128)))
(let ((?x407 (+ 1.0 ?x372)))
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
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!214 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (< 0.0 ?x220))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let (($x170 (= 0.0 ?x220)))
 (not $x170)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let (($x170 (= 0.0 ?x220)))
 (not $x170)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let (($x170 (= 0.0 ?x220)))
 (not $x170)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (< 0.0 ?x220))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let (($x170 (= 0.0 ?x220)))
 (not $x170)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let (($x170 (= 0.0 ?x220)))
 (not $x170)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x510 (/ ?x394 exp!1)))
 (let ((?x201 (+ 1.0 ?x510)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x236 (/ ?x55 exp!1)))
 (let ((?x220 (+ ?x236 ?x201)))
 (let ((?x361 (/ 1.0 ?x220)))
 (let ((?x183 (- ?x361)))
 (let ((?x182 (+ 1.0 ?x183)))
 (let ((?x725 (* 0.0 ?x183)))
 (let ((?x597 (+ ?x725 ?x182)))
 (let ((?x398 (+ ?x725 ?x597)))
 (let ((?x385 (/ 1.0 exp!6)))
 (let ((?x364 (* ?x385 ?x398)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x520 (* ?x115 ?x364)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x161 (/ ?x109 ?x220)))
 (let ((?x375 (+ ?x104 ?x161)))
 (let ((?x244 (* ?x385 ?x375)))
 (or (and (distinct ?x244 ?x520) true)))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x510 (/ ?x394 exp!1)))
(let ((?x201 (+ 1.0 ?x510)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x236 (/ ?x55 exp!1)))
(let ((?x220 (+ ?x236 ?x201)))
(=> (> ?x220 0.0) (= exp!6 ?x220)))))))))
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
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x265 (/ ?x128 ?x407)))
 (let ((?x266 (- ?x265)))
 (let ((?x264 (+ 1.0 ?x266)))
 (let ((?x263 (* 0.0 ?x266)))
 (let ((?x152 (+ ?x263 ?x264)))
 (let ((?x153 (+ ?x263 ?x152)))
 (let ((?x254 (/ ?x128 exp!5)))
 (let ((?x276 (* ?x254 ?x153)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x270 (* ?x115 ?x276)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x326 (/ ?x109 ?x407)))
 (let ((?x162 (* ?x128 ?x326)))
 (let ((?x165 (+ ?x104 ?x162)))
 (let ((?x255 (* ?x254 ?x165)))
 (or (and (distinct ?x255 ?x270) true))))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x510 (/ ?x394 exp!1)))
(let ((?x201 (+ 1.0 ?x510)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x236 (/ ?x55 exp!1)))
(let ((?x220 (+ ?x236 ?x201)))
(=> (> ?x220 0.0) (= exp!6 ?x220)))))))))
(check-sat)
(pop 1)
