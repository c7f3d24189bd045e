; certjax: rule reductions.log_softmax, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun |g[2]| () Real)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(declare-fun exp!5 () Real)
(declare-fun |x[0]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (< 0.0 ?x72)))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (< 0.0 ?x72)))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x87 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ ?x87 ?x39)))
 (let ((?x71 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x72 (+ ?x71 ?x40)))
 (let ((?x241 (/ ?x71 ?x72)))
 (let ((?x255 (- ?x241)))
 (let ((?x223 (+ 1.0 ?x255)))
 (let ((?x233 (* |g[2]| ?x223)))
 (let ((?x236 (* |g[1]| ?x255)))
 (let ((?x226 (* |g[0]| ?x255)))
 (let ((?x169 (+ ?x226 ?x236)))
 (let ((?x290 (+ ?x169 ?x233)))
 (let ((?x122 (+ |g[0]| |g[1]|)))
 (let ((?x131 (+ |g[2]| ?x122)))
 (let ((?x136 (/ ?x71 exp!5)))
 (let ((?x135 (* ?x136 ?x131)))
 (let ((?x134 (- ?x135)))
 (let ((?x133 (+ |g[2]| ?x134)))
 (let ((?x147 (/ ?x39 ?x72)))
 (let ((?x132 (- ?x147)))
 (let ((?x142 (* |g[2]| ?x132)))
 (let ((?x145 (+ 1.0 ?x132)))
 (let ((?x144 (* |g[1]| ?x145)))
 (let ((?x146 (* |g[0]| ?x132)))
 (let ((?x143 (+ ?x146 ?x144)))
 (let ((?x141 (+ ?x143 ?x142)))
 (let ((?x161 (/ ?x39 exp!5)))
 (let ((?x151 (* ?x161 ?x131)))
 (let ((?x140 (- ?x151)))
 (let ((?x138 (+ |g[1]| ?x140)))
 (let ((?x158 (/ ?x87 ?x72)))
 (let ((?x163 (- ?x158)))
 (let ((?x152 (* |g[2]| ?x163)))
 (let ((?x148 (* |g[1]| ?x163)))
 (let ((?x159 (+ 1.0 ?x163)))
 (let ((?x162 (* |g[0]| ?x159)))
 (let ((?x149 (+ ?x162 ?x148)))
 (let ((?x153 (+ ?x149 ?x152)))
 (let ((?x150 (/ ?x87 exp!5)))
 (let ((?x155 (* ?x150 ?x131)))
 (let ((?x156 (- ?x155)))
 (let ((?x160 (+ |g[0]| ?x156)))
 (or (and (distinct ?x160 ?x153) true) (and (distinct ?x138 ?x141) true) (and (distinct ?x133 ?x290) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[0]|)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!1)))
(assert
 (= (< |x[0]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!3 exp!1)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!1 exp!3)))
(assert
 (= (< |x[1]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[1]|)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!4 exp!1)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!1 exp!4)))
(assert
 (= (< |x[2]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!4)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!4 exp!3)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[2]|)))
(assert
 (= (< log!18 |x[0]|) (< exp!5 exp!1)))
(assert
 (= (< |x[0]| log!18) (< exp!1 exp!5)))
(assert
 (= (< log!18 sg!7) (< exp!5 exp!2)))
(assert
 (= (< sg!7 log!18) (< exp!2 exp!5)))
(assert
 (= (< log!18 |x[1]|) (< exp!5 exp!3)))
(assert
 (= (< |x[1]| log!18) (< exp!3 exp!5)))
(assert
 (= (< log!18 |x[2]|) (< exp!5 exp!4)))
(assert
 (= (< |x[2]| log!18) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!18 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!18)))
(assert
 (let ((?x39 (/ (* 1.0 exp!3) exp!2)))
(let ((?x87 (/ (* 1.0 exp!1) exp!2)))
(let ((?x40 (+ ?x87 ?x39)))
(let ((?x71 (/ (* 1.0 exp!4) exp!2)))
(let ((?x72 (+ ?x71 ?x40)))
(=> (> ?x72 0.0) (= exp!5 ?x72))))))))
(check-sat)
(pop 1)
