; certjax: rule reductions.log_softmax, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |g[2]| () Real)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(declare-fun exp!6 () Real)
(declare-fun |x[2]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (< 0.0 ?x63)))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (< 0.0 ?x63)))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x67 (= 0.0 ?x63)))
 (not $x67))))))))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let ((?x167 (/ ?x52 ?x63)))
 (let ((?x186 (- ?x167)))
 (let ((?x310 (+ 1.0 ?x186)))
 (let ((?x311 (* |g[2]| ?x310)))
 (let ((?x301 (* |g[1]| ?x186)))
 (let ((?x189 (* |g[0]| ?x186)))
 (let ((?x309 (+ ?x189 ?x301)))
 (let ((?x312 (+ ?x309 ?x311)))
 (let ((?x145 (+ |g[0]| |g[1]|)))
 (let ((?x144 (+ |g[2]| ?x145)))
 (let ((?x278 (/ ?x52 exp!6)))
 (let ((?x213 (* ?x278 ?x144)))
 (let ((?x241 (- ?x213)))
 (let ((?x275 (+ |g[2]| ?x241)))
 (let ((?x290 (/ ?x61 ?x63)))
 (let ((?x263 (- ?x290)))
 (let ((?x295 (* |g[2]| ?x263)))
 (let ((?x260 (+ 1.0 ?x263)))
 (let ((?x228 (* |g[1]| ?x260)))
 (let ((?x258 (* |g[0]| ?x263)))
 (let ((?x265 (+ ?x258 ?x228)))
 (let ((?x300 (+ ?x265 ?x295)))
 (let ((?x221 (/ ?x61 exp!6)))
 (let ((?x169 (* ?x221 ?x144)))
 (let ((?x223 (- ?x169)))
 (let ((?x233 (+ |g[1]| ?x223)))
 (let ((?x139 (/ ?x26 ?x63)))
 (let ((?x137 (- ?x139)))
 (let ((?x216 (* |g[2]| ?x137)))
 (let ((?x134 (* |g[1]| ?x137)))
 (let ((?x136 (+ 1.0 ?x137)))
 (let ((?x135 (* |g[0]| ?x136)))
 (let ((?x133 (+ ?x135 ?x134)))
 (let ((?x255 (+ ?x133 ?x216)))
 (let ((?x147 (/ ?x26 exp!6)))
 (let ((?x143 (* ?x147 ?x144)))
 (let ((?x142 (- ?x143)))
 (let ((?x141 (+ |g[0]| ?x142)))
 (or (and (distinct ?x141 ?x255) true) (and (distinct ?x233 ?x300) true) (and (distinct ?x275 ?x312) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[2]|)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!1)))
(assert
 (= (< |x[2]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!3 exp!1)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!1 exp!3)))
(assert
 (= (< |x[0]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[0]|)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!4 exp!1)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!1 exp!4)))
(assert
 (= (< |x[1]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!4)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!4 exp!3)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[1]|)))
(assert
 (let (($x70 (< log!18 |x[2]|)))
 (= $x70 (< exp!5 exp!1))))
(assert
 (let (($x73 (< |x[2]| log!18)))
 (= $x73 (< exp!1 exp!5))))
(assert
 (let (($x76 (< log!18 sg!7)))
 (= $x76 (< exp!5 exp!2))))
(assert
 (let (($x88 (< sg!7 log!18)))
 (= $x88 (< exp!2 exp!5))))
(assert
 (let (($x91 (< log!18 |x[0]|)))
 (= $x91 (< exp!5 exp!3))))
(assert
 (let (($x94 (< |x[0]| log!18)))
 (= $x94 (< exp!3 exp!5))))
(assert
 (let (($x97 (< log!18 |x[1]|)))
 (= $x97 (< exp!5 exp!4))))
(assert
 (let (($x100 (< |x[1]| log!18)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x104 (> log!18 0.0)))
 (= $x104 (> exp!5 1.0))))
(assert
 (let ((?x107 (+ 1.0 log!18)))
 (>= exp!5 ?x107)))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x26 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x62 (+ ?x26 ?x61)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x63 (+ ?x52 ?x62)))
 (let (($x109 (> ?x63 0.0)))
 (=> $x109 (= exp!5 ?x63)))))))))
(assert
 (let (($x70 (< log!18 |x[2]|)))
 (= $x70 (< exp!6 exp!1))))
(assert
 (let (($x73 (< |x[2]| log!18)))
 (= $x73 (< exp!1 exp!6))))
(assert
 (let (($x76 (< log!18 sg!7)))
 (= $x76 (< exp!6 exp!2))))
(assert
 (let (($x88 (< sg!7 log!18)))
 (= $x88 (< exp!2 exp!6))))
(assert
 (let (($x91 (< log!18 |x[0]|)))
 (= $x91 (< exp!6 exp!3))))
(assert
 (let (($x94 (< |x[0]| log!18)))
 (= $x94 (< exp!3 exp!6))))
(assert
 (let (($x97 (< log!18 |x[1]|)))
 (= $x97 (< exp!6 exp!4))))
(assert
 (let (($x100 (< |x[1]| log!18)))
 (= $x100 (< exp!4 exp!6))))
(assert
 (let (($x156 (< log!18 log!18)))
 (= $x156 (< exp!6 exp!5))))
(assert
 (let (($x156 (< log!18 log!18)))
 (= $x156 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x104 (> log!18 0.0)))
 (= $x104 (> exp!6 1.0))))
(assert
 (let ((?x107 (+ 1.0 log!18)))
 (>= exp!6 ?x107)))
(assert
 (let ((?x61 (/ (* 1.0 exp!4) exp!2)))
(let ((?x26 (/ (* 1.0 exp!3) exp!2)))
(let ((?x62 (+ ?x26 ?x61)))
(let ((?x52 (/ (* 1.0 exp!1) exp!2)))
(let ((?x63 (+ ?x52 ?x62)))
(let (($x109 (> ?x63 0.0)))
(=> $x109 (= exp!6 ?x63)))))))))
(check-sat)
(pop 1)
